// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "CsvTestData.h"
#include "TestDatabase.h"

#include "csv/CsvColumns.h"
#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "demo/DemoData.h"
#include "figures/SectorMix.h"
#include "util/Format.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

const QList<Exporter::Kind> allKinds{Exporter::Kind::Tenants, Exporter::Kind::Companies, Exporter::Kind::Offices,
                                     Exporter::Kind::Leases,  Exporter::Kind::Occupancy, Exporter::Kind::Sectors};
// What an import reads back, in the order it must be imported.
const QList<std::pair<Exporter::Kind, ImportKind>> importable{{Exporter::Kind::Offices, ImportKind::Offices},
                                                              {Exporter::Kind::Companies, ImportKind::Companies},
                                                              {Exporter::Kind::Leases, ImportKind::Leases}};

Exporter::Options optionsFor(CsvFormat::Preset preset)
{
    Exporter::Options options;
    options.format = CsvFormat::preset(preset);
    options.at = csvToday();
    options.today = csvToday();
    // The occupancy series: a first and a last month clipped, a shared office let by two
    // companies from July, forecasts from December, a lease ending in March.
    options.period = DateRange{d("2026-05-15"), d("2027-04-10")};
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

TEST_CASE("The occupancy export is the series of the occupancy figures, month by month, in either preset", "[csv][export][figures]")
{
    TestDatabase db;
    buildExportData(db.store());
    const QStringList standard = QString::fromUtf8(exported(db.store(), Exporter::Kind::Occupancy, CsvFormat::Preset::Standard))
                                     .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(standard.size() == 1 + 12); // 15/05/2026 to 10/04/2027: twelve calendar months, two of them clipped
    CHECK(standard[0]
          == QStringLiteral("start,end,offices_occupied,offices_total,offices_rate,area_m2_occupied,area_m2_total,area_m2_rate,"
                            "workstations_occupied,workstations_total,workstations_rate,forecast"));
    CHECK(standard[1].startsWith(QStringLiteral("2026-05-15,2026-05-31,")));
    CHECK(standard[12].startsWith(QStringLiteral("2027-04-01,2027-04-10,")));
    // November 2026, by hand: the four offices in service (24.5 + 28 + 40 + 1234.5 = 1327 m², 22
    // workstations); A01, A02 and C10 occupied, C10 by 4 + 6 of its 12 workstations: 52.5 m² +
    // 1234.5 × 10/12 = 1081.25 m², 2 + 3 + 10 = 15 workstations. Not a forecast: it holds today.
    const QString november = standard[7];
    CHECK(november.startsWith(QStringLiteral("2026-11-01,2026-11-30,3,4,0.75,1081.25,1327,0.81")));
    CHECK(november.endsWith(QStringLiteral(",15,22,0.6818181818181818,false")));
    // December starts after today: a forecast from the leases signed.
    CHECK(standard[8].startsWith(QStringLiteral("2026-12-01,2026-12-31,")));
    CHECK(standard[8].endsWith(QStringLiteral(",true")));
    // From April 2027 Œuvres Sonores has left C10: 24.5 + 28 + 1234.5 × 6/12 = 669.75 m².
    CHECK(standard[12].startsWith(QStringLiteral("2027-04-01,2027-04-10,3,4,0.75,669.75,1327,")));

    const QString excel = QString::fromUtf8(exported(db.store(), Exporter::Kind::Occupancy, CsvFormat::Preset::ExcelFrance));
    CHECK(excel.startsWith(QStringLiteral("Début;Fin;Bureaux occupés;Bureaux en service;Taux d'occupation des bureaux;")));
    CHECK(excel.contains(QStringLiteral("\r\n01/11/2026;30/11/2026;3;4;75%;1081,25;1327;81,")));
    CHECK(excel.contains(QStringLiteral(";15;22;68,18181818181818%;non\r\n01/12/2026;31/12/2026;")));
    CHECK(excel.endsWith(QStringLiteral(";oui\r\n")));
}

TEST_CASE("The sector mix export: companies, occupied area and workstations per sector, and their shares", "[csv][export][figures]")
{
    TestDatabase db;
    buildExportData(db.store());
    // On 29/11/2026: Société d'Études Numériques in A01 (24.5 m², 2 workstations), Café Pixel in
    // A02 and 6 of C10's 12 workstations (28 + 617.25 = 645.25 m², 9), Œuvres Sonores in 4 of
    // them (411.5 m², 4): 3 companies, 1081.25 m², 15 workstations.
    const QString standard = QString::fromUtf8(exported(db.store(), Exporter::Kind::Sectors, CsvFormat::Preset::Standard));
    CHECK(standard
          == QStringLiteral("date,sector,companies,companies_share,area_m2,area_m2_share,workstations,workstations_share\r\n"
                            "2026-11-29,IT services,1,%1,24.5,%2,2,%3\r\n"
                            "2026-11-29,Multimedia,1,%1,645.25,%4,9,0.6\r\n"
                            "2026-11-29,Son et image,1,%1,411.5,%5,4,%6\r\n")
                 .arg(plainNumber(1.0 / 3), plainNumber(24.5 / 1081.25), plainNumber(2.0 / 15), plainNumber(645.25 / 1081.25),
                      plainNumber(411.5 / 1081.25), plainNumber(4.0 / 15)));
    const QString excel = QString::fromUtf8(exported(db.store(), Exporter::Kind::Sectors, CsvFormat::Preset::ExcelFrance));
    CHECK(excel.startsWith(QStringLiteral("Date;Secteur;Entreprises;Part des entreprises;Surface occupée (m²);Part de la surface;"
                                          "Postes occupés;Part des postes\r\n")));
    CHECK(excel.contains(QStringLiteral("\r\n29/11/2026;Multimedia;1;33,33333333333333%;645,25;59,67630057803468%;9;60%\r\n")));

    SECTION("one site only, and the companies without a sector")
    {
        Company loner;
        loner.name = QStringLiteral("Sans Secteur SARL");
        const Company stored = db.store().addCompany(loner).value();
        Office b01;
        for (const Office &office : db.store().offices()) {
            if (office.code == QLatin1String("B01"))
                b01 = office;
        }
        REQUIRE(db.store().addLease(leaseOf(stored.id, b01.id, d("2026-11-01"), d("2027-10-31"))).ok());
        Exporter::Options options = optionsFor(CsvFormat::Preset::Standard);
        options.filter.siteId = b01.siteId; // Ateliers numériques: not C10
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(Exporter(db.store(), options).write(Exporter::Kind::Sectors, buffer).ok());
        // 24.5 + 28 + 40 = 92.5 m² and 10 workstations occupied on that site; no sector last, empty.
        CHECK(QString::fromUtf8(bytes).split(QStringLiteral("\r\n")).mid(1)
              == QStringList{QStringLiteral("2026-11-29,IT services,1,%1,24.5,%2,2,0.2").arg(plainNumber(1.0 / 3), plainNumber(24.5 / 92.5)),
                             QStringLiteral("2026-11-29,Multimedia,1,%1,28,%2,3,0.3").arg(plainNumber(1.0 / 3), plainNumber(28 / 92.5)),
                             QStringLiteral("2026-11-29,,1,%1,40,%2,5,0.5").arg(plainNumber(1.0 / 3), plainNumber(40 / 92.5)),
                             QString()});
        // People read the label the application shows for them.
        const QString excel = QString::fromUtf8(exported(db.store(), Exporter::Kind::Sectors, CsvFormat::Preset::ExcelFrance));
        CHECK(excel.contains(QStringLiteral("\r\n29/11/2026;%1;1;25%;40;").arg(sectorLabel(QString()))));
    }
}

TEST_CASE("Rates as fractions or as percentages, at full precision and without binary noise", "[csv][export]")
{
    const CsvFormat excel = CsvFormat::preset(CsvFormat::Preset::ExcelFrance);
    CHECK(excel.percent(0.875) == QStringLiteral("87,5%"));
    CHECK(excel.percent(0.07) == QStringLiteral("7%")); // 0.07 × 100 is 7.000000000000001
    CHECK(excel.percent(1.0) == QStringLiteral("100%"));
    CHECK(excel.percent(0.0) == QStringLiteral("0%"));
    CHECK(excel.percent(2.0 / 3) == QStringLiteral("66,66666666666666%"));
    CHECK(excel.percent(0.000125) == QStringLiteral("0,0125%"));
    CHECK(excel.percent(12.5) == QStringLiteral("1250%"));
    CHECK(excel.percent(-0.25) == QStringLiteral("-25%"));
    CHECK(excel.percent(std::nullopt).isEmpty()); // a rate over a total of zero has none
    const CsvFormat standard = CsvFormat::preset(CsvFormat::Preset::Standard);
    CHECK(standard.percent(0.875) == QStringLiteral("0.875"));
    CHECK(standard.percent(std::nullopt).isEmpty());
}
