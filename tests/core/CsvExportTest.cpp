// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "CsvTestData.h"
#include "TestDatabase.h"

#include "csv/CsvColumns.h"
#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "demo/DemoData.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

const QList<Exporter::Kind> allKinds{Exporter::Kind::Tenants, Exporter::Kind::Companies, Exporter::Kind::Offices,
                                     Exporter::Kind::Leases};
// What an import reads back, in the order it must be imported.
const QList<std::pair<Exporter::Kind, ImportKind>> importable{{Exporter::Kind::Offices, ImportKind::Offices},
                                                              {Exporter::Kind::Companies, ImportKind::Companies},
                                                              {Exporter::Kind::Leases, ImportKind::Leases}};

Exporter::Options optionsFor(CsvFormat::Preset preset)
{
    Exporter::Options options;
    options.format = CsvFormat::preset(preset);
    options.at = csvToday();
    return options;
}

QByteArray exported(Store &store, Exporter::Kind kind, CsvFormat::Preset preset)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status written = Exporter(store, optionsFor(preset)).write(kind, buffer);
    if (!written)
        FAIL(written.error().message().toStdString());
    return bytes;
}

QString presetName(CsvFormat::Preset preset)
{
    return preset == CsvFormat::Preset::Standard ? QStringLiteral("standard") : QStringLiteral("excel-fr");
}

// Exports every importable kind to files, imports them into `target` (a new database), and
// returns the files.
QStringList exportAndImport(Store &source, Store &target, const QTemporaryDir &dir, CsvFormat::Preset preset)
{
    QStringList files;
    for (const auto &[exportKind, importKind] : importable) {
        const QString path = dir.filePath(Exporter::name(exportKind) + QLatin1Char('-') + presetName(preset) + QStringLiteral(".csv"));
        REQUIRE(Exporter(source, optionsFor(preset)).writeFile(exportKind, path).ok());
        const ImportResult result = importCsv(target, importKind, path);
        INFO(path.toStdString() << "\n" << describe(result.errors).toStdString());
        REQUIRE(result.errors.isEmpty());
        CHECK(result.updated == 0);
        CHECK(result.unchanged == 0);
        files << path;
    }
    return files;
}

} // namespace

TEST_CASE("Exports match their golden files byte for byte", "[csv][export][golden]")
{
    // To regenerate after a deliberate change: PEPIN_UPDATE_GOLDEN=1 build-dir/tests/core/test_csv "[golden]",
    // then review the difference of tests/data/csv/golden/ before committing it.
    TestDatabase db;
    buildExportData(db.store());
    const bool update = qEnvironmentVariableIsSet("PEPIN_UPDATE_GOLDEN");
    for (CsvFormat::Preset preset : {CsvFormat::Preset::Standard, CsvFormat::Preset::ExcelFrance}) {
        for (Exporter::Kind kind : allKinds) {
            const QString name = Exporter::name(kind) + QLatin1Char('-') + presetName(preset) + QStringLiteral(".csv");
            const QString golden = QStringLiteral(PEPIN_TEST_DATA "/csv/golden/") + name;
            const QByteArray actual = exported(db.store(), kind, preset);
            if (update) {
                QFile file(golden);
                REQUIRE(file.open(QIODevice::WriteOnly));
                REQUIRE(file.write(actual) == actual.size());
                WARN("rewrote " << golden.toStdString());
                continue;
            }
            INFO(name.toStdString() << ":\n" << actual.toStdString());
            CHECK(byteDifference(actual, fileBytes(golden)) == QString());
        }
    }
}

TEST_CASE("The Excel (France) preset: BOM, semicolons, CRLF, French headers, DD/MM/YYYY, decimal commas, SIRET as text", "[csv][export]")
{
    TestDatabase db;
    buildExportData(db.store());
    const QByteArray excel = exported(db.store(), Exporter::Kind::Tenants, CsvFormat::Preset::ExcelFrance);
    CHECK(excel.startsWith("\xEF\xBB\xBF"
                           "Entreprise;SIRET;Secteur;Site;Bureaux;Surface (m\xC2\xB2);Postes;Type de convention;D\xC3\xA9""but;Fin;"
                           "Loyer mensuel;Contact;Courriel;T\xC3\xA9l\xC3\xA9phone\r\n"));
    const QString text = QString::fromUtf8(excel);
    CHECK(text.contains(QStringLiteral("Société d'Études Numériques;732 829 320 00074;IT services;Ateliers numériques;A01;24,5;2;"
                                       "derogatoire;01/01/2025;31/12/2027;208,25;Hélène Dupré;")));
    // Café Pixel holds two offices on two sites that day.
    CHECK(text.contains(QStringLiteral("Café Pixel;;Multimedia;Ateliers numériques, Extension Nord;A02, C10;")));
    CHECK_FALSE(text.contains(QStringLiteral("Ancienne SARL"))); // no active lease

    const QByteArray standard = exported(db.store(), Exporter::Kind::Tenants, CsvFormat::Preset::Standard);
    CHECK_FALSE(standard.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(standard).contains(QStringLiteral("73282932000074,IT services,Ateliers numériques,A01,24.5,2,derogatoire,"
                                                              "2025-01-01,2027-12-31,208.25,")));
    // Every row ends with CRLF, including those whose notes hold line breaks.
    const QByteArray offices = exported(db.store(), Exporter::Kind::Offices, CsvFormat::Preset::Standard);
    CHECK(offices.endsWith("\r\n"));
    CHECK(offices.count("\r\n") == 5);
    CHECK(offices.contains("\"Plateau ouvert\nsecond line\""));
}

TEST_CASE("Text that a spreadsheet would run as a formula is exported with a leading apostrophe", "[csv][export]")
{
    TestDatabase db;
    buildExportData(db.store());
    const QString offices = QString::fromUtf8(exported(db.store(), Exporter::Kind::Offices, CsvFormat::Preset::Standard));
    CHECK(offices.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://example.org\"\";\"\"clic\"\")\"")));
    const QString companies = QString::fromUtf8(exported(db.store(), Exporter::Kind::Companies, CsvFormat::Preset::Standard));
    CHECK(companies.contains(QStringLiteral(",'+33 3 27 00 00 01,")));
    CHECK(companies.contains(QStringLiteral("\"'-5 % de remise\n@équipe: budget 1 500 €\"")));
    CHECK(companies.contains(QStringLiteral(",''=already guarded,")));
    // Numbers are never guarded, even negative ones; tab and CR are.
    CHECK(CsvWriter::escape(QStringLiteral("-12.5"), QLatin1Char(','), true) == QStringLiteral("-12.5"));
    CHECK(CsvWriter::escape(QStringLiteral("\tx"), QLatin1Char(','), false) == QStringLiteral("'\tx"));
    CHECK(CsvWriter::escape(QStringLiteral("\rx"), QLatin1Char(','), false) == QStringLiteral("\"'\rx\""));
    CHECK(CsvWriter::escape(QStringLiteral("@sum"), QLatin1Char(';'), false) == QStringLiteral("'@sum"));
    CHECK(CsvWriter::escape(QStringLiteral("it's"), QLatin1Char(';'), false) == QStringLiteral("it's"));
    // Reading removes exactly what writing added.
    for (const char *text : {"=1+1", "'=1+1", "''@x", "plain", "'quoted'", "-", "'", "", "+"}) {
        const QString cell = QString::fromUtf8(text);
        const QString written = CsvWriter::needsFormulaGuard(cell) ? QLatin1Char('\'') + cell : cell;
        CHECK(CsvWriter::unguard(written) == cell);
    }
}

TEST_CASE("Export, import into an empty database, export again: the same bytes", "[csv][export][roundtrip]")
{
    for (CsvFormat::Preset preset : {CsvFormat::Preset::Standard, CsvFormat::Preset::ExcelFrance}) {
        DYNAMIC_SECTION(presetName(preset).toStdString())
        {
            SECTION("the test incubator")
            {
                TestDatabase source;
                buildExportData(source.store());
                TestDatabase target;
                QTemporaryDir dir;
                const QStringList files = exportAndImport(source.store(), target.store(), dir, preset);
                for (qsizetype i = 0; i < importable.size(); ++i)
                    CHECK(byteDifference(exported(target.store(), importable[i].first, preset), fileBytes(files[i])) == QString());
                CHECK(exported(target.store(), Exporter::Kind::Tenants, preset)
                      == exported(source.store(), Exporter::Kind::Tenants, preset));
                // Importing the same files again changes nothing.
                for (qsizetype i = 0; i < importable.size(); ++i) {
                    const ImportResult again = importCsv(target.store(), importable[i].second, files[i]);
                    CHECK(again.errors.isEmpty());
                    CHECK(again.created + again.updated == 0);
                }
            }
            SECTION("the demo incubator")
            {
                TestDatabase source;
                REQUIRE(DemoData::populate(source.store(), Clock::fixed(csvToday())).ok());
                TestDatabase target;
                QTemporaryDir dir;
                const QStringList files = exportAndImport(source.store(), target.store(), dir, preset);
                for (qsizetype i = 0; i < importable.size(); ++i)
                    CHECK(byteDifference(exported(target.store(), importable[i].first, preset), fileBytes(files[i])) == QString());
                CHECK(exported(target.store(), Exporter::Kind::Tenants, preset)
                      == exported(source.store(), Exporter::Kind::Tenants, preset));
            }
        }
    }
}

TEST_CASE("A cancelled export leaves no file, and an earlier file as it was", "[csv][export]")
{
    TestDatabase db;
    buildExportData(db.store());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("companies.csv"));

    Exporter::Options options = optionsFor(CsvFormat::Preset::Standard);
    QList<qint64> progress;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress << done;
        CHECK(total == 4);
    };
    REQUIRE(Exporter(db.store(), options).writeFile(Exporter::Kind::Companies, path).ok());
    CHECK(progress == QList<qint64>{1, 2, 3, 4});
    const QByteArray complete = fileBytes(path);
    REQUIRE_FALSE(complete.isEmpty());

    options.progress = {};
    int rows = 0;
    options.cancelled = [&rows] { return ++rows > 2; };
    CHECK_FALSE(Exporter(db.store(), options).writeFile(Exporter::Kind::Companies, path).ok());
    CHECK(fileBytes(path) == complete);
    const QString other = dir.filePath(QStringLiteral("other.csv"));
    rows = 0;
    CHECK_FALSE(Exporter(db.store(), options).writeFile(Exporter::Kind::Companies, other).ok());
    CHECK_FALSE(QFile::exists(other));
    // No temporary file is left beside them either.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("companies.csv")});
}

TEST_CASE("Presets and delimiters as the command line names them", "[csv][export]")
{
    CHECK(CsvFormat::parsePreset(QStringLiteral("excel-fr")) == CsvFormat::Preset::ExcelFrance);
    CHECK(CsvFormat::parsePreset(QStringLiteral("Standard")) == CsvFormat::Preset::Standard);
    CHECK_FALSE(CsvFormat::parsePreset(QStringLiteral("excel")));
    CHECK(CsvFormat::parseDelimiter(QStringLiteral("tab")) == QLatin1Char('\t'));
    CHECK(CsvFormat::parseDelimiter(QStringLiteral(";")) == QLatin1Char(';'));
    CHECK_FALSE(CsvFormat::parseDelimiter(QStringLiteral("\"")));
    CHECK_FALSE(CsvFormat::parseDelimiter(QStringLiteral("ab")));
    CHECK_FALSE(CsvFormat::parseDelimiter(QStringLiteral("x")));
    const CsvFormat excel = CsvFormat::preset(CsvFormat::Preset::ExcelFrance);
    CHECK(excel.number(1234.5) == QStringLiteral("1234,5"));
    CHECK(excel.money(-123456) == QStringLiteral("-1234,56"));
    CHECK(excel.date(d("2026-02-01")) == QStringLiteral("01/02/2026"));
    const CsvFormat standard = CsvFormat::preset(CsvFormat::Preset::Standard);
    CHECK(standard.number(0.1) == QStringLiteral("0.1"));
    CHECK(standard.date(d("2026-02-01")) == QStringLiteral("2026-02-01"));
    CHECK(standard.date(QDate()).isEmpty());
}

TEST_CASE("the Excel (France) headers are French, and each is read back as its column", "[csv][export]")
{
    const std::pair<Exporter::Kind, ImportKind> kinds[] = {{Exporter::Kind::Companies, ImportKind::Companies},
                                                           {Exporter::Kind::Offices, ImportKind::Offices},
                                                           {Exporter::Kind::Leases, ImportKind::Leases}};
    for (const auto &[exportKind, importKind] : kinds) {
        const QStringList canonical = Exporter::columns(exportKind);
        const QStringList french = Exporter::frenchColumns(exportKind);
        REQUIRE(french.size() == canonical.size());
        for (qsizetype i = 0; i < french.size(); ++i) {
            INFO(french[i].toStdString());
            CHECK(french[i] != canonical[i]);
            CHECK(CsvColumns::canonical(importKind, french[i]) == std::optional<QString>(canonical[i]));
        }
    }
    CHECK(Exporter::frenchColumns(Exporter::Kind::Tenants).first() == QStringLiteral("Entreprise"));
}
