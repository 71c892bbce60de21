// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "EditingSupport.h"
#include "MainWindow.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "dialogs/ExportDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>

using namespace pepin;
using namespace pepin::test;

namespace {

// The demo incubator on the day its tenant list has 11 companies.
struct Demo
{
    ScopedSettings settings;
    RecordedMessages messages;
    TestDatabase db;
    Clock clock = Clock::fixed(QDate(2026, 11, 29));

    Demo() { REQUIRE(DemoData::populate(db.store(), clock)); }
};

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The export dialog suggests the tenant list of today, in the preset of the interface's language", "[ui][export]")
{
    Demo demo;
    {
        ExportDialog dialog(demo.db.store(), demo.clock);
        CHECK(dialog.kind() == Exporter::Kind::Tenants);
        CHECK(dialog.dateEdit()->date() == QDate(2026, 11, 29));
        CHECK(dialog.dateEdit()->isEnabled());
        CHECK(dialog.preset() == CsvFormat::Preset::Standard);
        CHECK(dialog.presetExplanation()->text() == QStringLiteral(", separator, ISO dates, rates as fractions (0.875), English headers"));
        CHECK(QFileInfo(dialog.path()).fileName() == QStringLiteral("tenants-2026-11-29.csv"));
        CHECK(QFileInfo(dialog.path()).absolutePath() == QFileInfo(demo.db.path()).absolutePath());

        // The suggestion follows the choices until the user types a name of their own.
        dialog.setKind(Exporter::Kind::Offices);
        CHECK_FALSE(dialog.dateEdit()->isEnabled());
        CHECK(QFileInfo(dialog.path()).fileName() == QStringLiteral("offices-2026-11-29.csv"));
        dialog.setPreset(CsvFormat::Preset::ExcelFrance);
        CHECK(dialog.presetExplanation()->text()
              == QStringLiteral("; separator, BOM, decimal commas, DD/MM/YYYY, rates as 87,5%, French headers"));
        dialog.pathEdit()->setText(demo.db.file(QStringLiteral("mine.csv")));
        dialog.setKind(Exporter::Kind::Leases);
        CHECK(dialog.path() == demo.db.file(QStringLiteral("mine.csv")));
        dialog.pathEdit()->clear();
        CHECK_FALSE(dialog.exportButton()->isEnabled());
    }
    {
        ScopedLanguage french(QStringLiteral("fr"));
        ExportDialog dialog(demo.db.store(), demo.clock);
        CHECK(dialog.preset() == CsvFormat::Preset::ExcelFrance);
    }
}

TEST_CASE("Export writes the tenant list in the Excel (France) preset and says how many rows", "[ui][export]")
{
    Demo demo;
    ExportDialog dialog(demo.db.store(), demo.clock);
    dialog.setKind(Exporter::Kind::Tenants);
    dialog.setPreset(CsvFormat::Preset::ExcelFrance);
    const QString path = demo.db.file(QStringLiteral("locataires.csv"));
    dialog.pathEdit()->setText(path);
    int progressed = 0;
    QObject::connect(&dialog, &ExportDialog::progressed, &dialog, [&progressed](qint64, qint64) { ++progressed; });

    dialog.exportButton()->click();

    const QByteArray content = contentOf(path);
    CHECK(content.startsWith("\xEF\xBB\xBF" "Entreprise;SIRET;"));
    CHECK(content.endsWith("\r\n"));
    CHECK(content.count('\n') == 12);
    CHECK(progressed == 11);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.progressDialog() == nullptr);
    REQUIRE(demo.messages.all().size() == 1);
    CHECK_FALSE(demo.messages.all().first().question);
    CHECK(demo.messages.all().first().text.startsWith(QStringLiteral("11 row")));
    CHECK(demo.messages.all().first().text.contains(QStringLiteral("locataires.csv")));
}

TEST_CASE("A cancelled export leaves no file, and the file it was to replace as it was", "[ui][export]")
{
    Demo demo;
    ExportDialog dialog(demo.db.store(), demo.clock);
    dialog.setPreset(CsvFormat::Preset::ExcelFrance);
    // Cancel as the user would, with the progress dialog's button, after the first row.
    QObject::connect(&dialog, &ExportDialog::progressed, &dialog, [&dialog](qint64 done, qint64) {
        REQUIRE(dialog.progressDialog());
        if (done == 1) {
            auto *cancel = dialog.progressDialog()->findChild<QPushButton *>();
            REQUIRE(cancel);
            cancel->click();
        }
    });

    SECTION("No file before")
    {
        const QString path = demo.db.file(QStringLiteral("tenants.csv"));
        dialog.pathEdit()->setText(path);
        CHECK_FALSE(dialog.exportNow());
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QDir(demo.db.dir()).entryList({QStringLiteral("*.csv*")}, QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("A file before")
    {
        const QString path = demo.db.file(QStringLiteral("tenants.csv"));
        {
            QFile previous(path);
            REQUIRE(previous.open(QIODevice::WriteOnly));
            previous.write("previous\n");
        }
        dialog.pathEdit()->setText(path);
        CHECK_FALSE(dialog.exportNow());
        CHECK(contentOf(path) == QByteArray("previous\n"));
    }
    // Cancelling is what the user asked for: no message, and the dialog stays to try again.
    CHECK(demo.messages.all().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.exportButton()->isEnabled());
    CHECK(dialog.kindCombo()->isEnabled());
}

TEST_CASE("An export that cannot be written says why", "[ui][export]")
{
    Demo demo;
    ExportDialog dialog(demo.db.store(), demo.clock);
    dialog.pathEdit()->setText(demo.db.file(QStringLiteral("no such folder/tenants.csv")));
    CHECK_FALSE(dialog.exportNow());
    REQUIRE(demo.messages.warnings() == 1);
    CHECK(demo.messages.last().contains(QStringLiteral("cannot be written")));
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("File, Export… opens the export of the open database after Save a copy", "[ui][export][window]")
{
    Demo demo;
    MainWindow window(demo.db.store(), demo.clock);
    QAction *exportAction = window.exportAction();
    REQUIRE(exportAction);
    CHECK(exportAction->text() == QStringLiteral("&Export…"));
    const QList<QAction *> fileActions = window.menuBar()->actions().first()->menu()->actions();
    const qsizetype at = fileActions.indexOf(exportAction);
    REQUIRE(at > 0);
    CHECK(fileActions.at(at - 1)->text() == QStringLiteral("&Save a copy…"));

    exportAction->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    const QString path = demo.db.file(QStringLiteral("companies.csv"));
    dialog->setKind(Exporter::Kind::Companies);
    dialog->setPreset(CsvFormat::Preset::Standard);
    dialog->pathEdit()->setText(path);
    CHECK(dialog->exportNow());
    CHECK(contentOf(path).startsWith("name,"));
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("The export dialog asks a period for the occupancy and a date for the sector mix, and a site for both", "[ui][export]")
{
    Demo demo;
    ExportDialog dialog(demo.db.store(), demo.clock);
    // Without a table page behind it, there is no current table to offer.
    CHECK(dialog.kindCombo()->findText(QStringLiteral("The current table as shown"), Qt::MatchStartsWith) < 0);
    CHECK_FALSE(dialog.chooseView());

    dialog.setKind(Exporter::Kind::Companies);
    CHECK(dialog.dateEdit()->isHidden());
    CHECK(dialog.fromEdit()->isHidden());
    CHECK(dialog.siteCombo()->isHidden());

    dialog.setKind(Exporter::Kind::Occupancy);
    CHECK(dialog.dateEdit()->isHidden());
    CHECK_FALSE(dialog.fromEdit()->isHidden());
    CHECK_FALSE(dialog.toEdit()->isHidden());
    CHECK_FALSE(dialog.siteCombo()->isHidden());
    CHECK(dialog.siteCombo()->isEnabled());
    // The twelve months up to this one.
    CHECK(dialog.fromEdit()->date() == QDate(2025, 12, 1));
    CHECK(dialog.toEdit()->date() == QDate(2026, 11, 30));
    CHECK(QFileInfo(dialog.path()).fileName() == QStringLiteral("occupancy-2025-12-01-2026-11-30.csv"));
    CHECK(dialog.siteCombo()->count() == 2); // every site, and the demo's one

    dialog.setKind(Exporter::Kind::Sectors);
    CHECK_FALSE(dialog.dateEdit()->isHidden());
    CHECK(dialog.fromEdit()->isHidden());
    CHECK_FALSE(dialog.siteCombo()->isHidden());
    CHECK(QFileInfo(dialog.path()).fileName() == QStringLiteral("sectors-2026-11-29.csv"));
}

TEST_CASE("Export writes the occupancy by month and the sector mix in the Excel (France) preset", "[ui][export]")
{
    Demo demo;
    SECTION("occupancy over a year, one site")
    {
        ExportDialog dialog(demo.db.store(), demo.clock);
        dialog.setKind(Exporter::Kind::Occupancy);
        dialog.setPreset(CsvFormat::Preset::ExcelFrance);
        dialog.fromEdit()->setDate(QDate(2026, 1, 1));
        dialog.toEdit()->setDate(QDate(2026, 12, 31));
        dialog.siteCombo()->setCurrentIndex(1);
        const QString path = demo.db.file(QStringLiteral("occupation.csv"));
        dialog.pathEdit()->setText(path);
        REQUIRE(dialog.exportNow());
        const QString text = QString::fromUtf8(contentOf(path));
        CHECK(text.startsWith(QStringLiteral("Début;Fin;Bureaux occupés;")));
        CHECK(text.count(QStringLiteral("\r\n")) == 13);
        CHECK(text.contains(QStringLiteral("\r\n01/12/2026;31/12/2026;")));
        CHECK(text.endsWith(QStringLiteral(";oui\r\n"))); // December is to come
        CHECK(demo.messages.last().startsWith(QStringLiteral("12 row")));
    }
    SECTION("the sector mix on a day")
    {
        ExportDialog dialog(demo.db.store(), demo.clock);
        dialog.setKind(Exporter::Kind::Sectors);
        dialog.setPreset(CsvFormat::Preset::ExcelFrance);
        const QString path = demo.db.file(QStringLiteral("secteurs.csv"));
        dialog.pathEdit()->setText(path);
        REQUIRE(dialog.exportNow());
        const QString text = QString::fromUtf8(contentOf(path));
        CHECK(text.startsWith(QStringLiteral("Date;Secteur;Entreprises;Part des entreprises;Surface occupée (m²);")));
        CHECK(text.contains(QStringLiteral("\r\n29/11/2026;IT services;")));
    }
    SECTION("a period that ends before it starts is refused, and nothing written")
    {
        ExportDialog dialog(demo.db.store(), demo.clock);
        dialog.setKind(Exporter::Kind::Occupancy);
        dialog.fromEdit()->setDate(QDate(2026, 6, 1));
        dialog.toEdit()->setDate(QDate(2026, 5, 31));
        const QString path = demo.db.file(QStringLiteral("never.csv"));
        dialog.pathEdit()->setText(path);
        CHECK_FALSE(dialog.exportNow());
        CHECK(demo.messages.warnings() == 1);
        CHECK(demo.messages.last().contains(QStringLiteral("ends before it starts")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("File, Export… offers the table of the page shown, as it is shown", "[ui][export][window][view]")
{
    Demo demo;
    MainWindow window(demo.db.store(), demo.clock);
    window.showPage(QStringLiteral("companies"));
    window.exportAction()->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    REQUIRE(dialog);
    // Offered, not chosen: File, Export… starts from the lists as before.
    CHECK_FALSE(dialog->viewChosen());
    CHECK(dialog->kind() == Exporter::Kind::Tenants);
    REQUIRE(dialog->chooseView());
    CHECK(dialog->kindCombo()->currentText() == QStringLiteral("The current table as shown (Companies)"));
    CHECK(QFileInfo(dialog->path()).fileName() == QStringLiteral("companies-2026-11-29.csv"));
    dialog->setPreset(CsvFormat::Preset::Standard);
    const QString path = demo.db.file(QStringLiteral("view.csv"));
    dialog->pathEdit()->setText(path);
    REQUIRE(dialog->exportNow());
    CHECK(contentOf(path).startsWith("Company,Sector,SIRET,Created on,"));
    dialog->deleteLater();

    // A page without a table (the dashboard) offers none.
    window.showPage(QStringLiteral("dashboard"));
    window.exportAction()->trigger();
    const QList<ExportDialog *> dialogs = window.findChildren<ExportDialog *>();
    REQUIRE_FALSE(dialogs.isEmpty());
    CHECK_FALSE(dialogs.last()->chooseView());
}
