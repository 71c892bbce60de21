// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "CsvTestData.h"
#include "TestDatabase.h"

#include "csv/CsvColumns.h"
#include "csv/CsvPreview.h"
#include "csv/Importer.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

CsvPreview previewOf(const QByteArray &bytes, CsvReader::Options options = {}, int rows = CsvPreview::defaultRows)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return CsvPreview::read(buffer, options, rows);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

} // namespace

// ---- preview ---------------------------------------------------------------------------------

TEST_CASE("A preview detects Windows-1252 and the semicolon, and reads the accents right", "[csv][preview]")
{
    QTemporaryDir dir;
    const CsvPreview preview = CsvPreview::readFile(csvFixture(dir, QStringLiteral("companies-windows-1252.csv")), {});
    REQUIRE_FALSE(preview.failure);
    CHECK(preview.encoding == CsvDecoder::Encoding::Windows1252);
    CHECK_FALSE(preview.bom);
    CHECK(preview.delimiter == QLatin1Char(';'));
    CHECK(preview.headerLine == 1);
    REQUIRE(preview.header.size() == 11);
    CHECK(preview.header.at(1) == QStringLiteral("N° SIRET"));
    CHECK(preview.header.at(4) == QStringLiteral("Créée le"));
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.rows.at(0).line == 2);
    CHECK(preview.rows.at(0).fields.at(0) == QStringLiteral("Société d'Études Numériques"));
    CHECK(preview.rows.at(1).fields.at(0) == QStringLiteral("Œuvres Sonores"));
    CHECK(preview.rows.at(1).fields.at(10) == QStringLiteral("Budget 1 500 € – en cours"));
    CHECK_FALSE(preview.more);
}

TEST_CASE("A preview of French Excel's UTF-8 says it has a BOM", "[csv][preview]")
{
    QTemporaryDir dir;
    const CsvPreview preview = CsvPreview::readFile(csvFixture(dir, QStringLiteral("offices-excel-fr.csv")), {});
    CHECK(preview.encoding == CsvDecoder::Encoding::Utf8);
    CHECK(preview.bom);
    CHECK(preview.delimiter == QLatin1Char(';'));
    CHECK(preview.header.first() == QStringLiteral("Site"));
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.rows.at(2).fields.at(9) == QStringLiteral("Plateau ouvert; 12 postes"));
}

TEST_CASE("A preview read with another encoding or delimiter reads the file as told", "[csv][preview]")
{
    QTemporaryDir dir;
    const QString path = csvFixture(dir, QStringLiteral("companies-windows-1252.csv"));

    CsvReader::Options comma;
    comma.delimiter = QLatin1Char(',');
    const CsvPreview byComma = CsvPreview::readFile(path, comma);
    CHECK(byComma.delimiter == QLatin1Char(','));
    CHECK(byComma.encoding == CsvDecoder::Encoding::Windows1252); // still detected
    CHECK(byComma.header.size() == 1);
    // "Société d'Études Numériques;732 829 320 00074;…": no comma until the notes.
    REQUIRE(byComma.rows.size() == 3);
    CHECK(byComma.rows.at(0).fields.size() == 1);

    // Read as UTF-8, the first accent is not valid: the preview says where, with the rows before.
    CsvReader::Options utf8;
    utf8.encoding = CsvDecoder::Encoding::Utf8;
    const CsvPreview asUtf8 = CsvPreview::readFile(path, utf8);
    CHECK(asUtf8.encoding == CsvDecoder::Encoding::Utf8);
    REQUIRE(asUtf8.failure);
    CHECK(asUtf8.failure->line == 1);
    CHECK(asUtf8.failure->message.contains(QStringLiteral("Windows-1252")));
}

TEST_CASE("A preview skips blank lines as the import does, and stops after its rows", "[csv][preview]")
{
    QByteArray text = "\r\n;;\r\nname;sector\r\n";
    for (int i = 1; i <= 30; ++i) {
        text += "Company " + QByteArray::number(i) + ";IT services\r\n";
        if (i == 2)
            text += ";\r\n"; // a spreadsheet's empty row
    }
    const CsvPreview preview = previewOf(text, {}, 5);
    CHECK(preview.headerLine == 3);
    CHECK(preview.header == QStringList{QStringLiteral("name"), QStringLiteral("sector")});
    REQUIRE(preview.rows.size() == 5);
    CHECK(preview.rows.at(0).line == 4);
    CHECK(preview.rows.at(2).line == 7);
    CHECK(preview.rows.at(2).fields.first() == QStringLiteral("Company 3"));
    CHECK(preview.more);

    const CsvPreview all = previewOf(text, {}, 40);
    CHECK(all.rows.size() == 30);
    CHECK_FALSE(all.more);
}

TEST_CASE("A preview of an empty, binary or missing file says why", "[csv][preview]")
{
    const CsvPreview empty = previewOf(QByteArray());
    CHECK(empty.headerLine == 0);
    CHECK(empty.rows.isEmpty());
    CHECK_FALSE(empty.failure);

    QTemporaryDir dir;
    const CsvPreview binary = CsvPreview::readFile(csvFixture(dir, QStringLiteral("bad-binary.csv")), {});
    REQUIRE(binary.failure);
    CHECK(binary.failure->line == 3);
    CHECK(binary.headerLine == 0);

    const CsvPreview missing = CsvPreview::readFile(dir.filePath(QStringLiteral("none.csv")), {});
    REQUIRE(missing.failure);
    CHECK(missing.failure->line == 0);
    CHECK(missing.failure->message.startsWith(QStringLiteral("The file cannot be opened")));
}

// ---- column mapping ------------------------------------------------------------------------

TEST_CASE("The mapping of a header names each column's field, or none", "[csv][columns]")
{
    const QStringList header{QStringLiteral("Raison sociale"), QStringLiteral("id"), QStringLiteral("Couleur préférée"),
                             QString(), QStringLiteral("SECTEUR")};
    CHECK(CsvColumns::mapping(ImportKind::Companies, header)
          == QStringList{QStringLiteral("name"), QString(), QString(), QString(), QStringLiteral("sector")});
    // The same header read as offices knows none of it.
    CHECK(CsvColumns::mapping(ImportKind::Offices, header) == QStringList(5, QString()));
    CHECK(CsvColumns::title(ImportKind::Offices, QStringLiteral("area_m2")) == QStringLiteral("Area (m²)"));
    CHECK(CsvColumns::title(ImportKind::Leases, QStringLiteral("company")) == QStringLiteral("Company (name or SIRET)"));
    CHECK(CsvColumns::title(ImportKind::Leases, QStringLiteral("nothing")) == QStringLiteral("nothing"));
}

TEST_CASE("A mapping given to the import replaces the header's", "[csv][import][columns]")
{
    TestDatabase db;
    QTemporaryDir dir;
    // "couleur préférée" is no known column, "sector" is: read the first as the notes, and leave
    // the sector out.
    const QString path = csvFixture(dir, QStringLiteral("unknown-columns.csv"));
    Importer::Options options;
    options.columns = QStringList{QStringLiteral("name"), QStringLiteral("notes"), QString(), QString()};
    const ImportResult result = importCsv(db.store(), ImportKind::Companies, path, options);
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.created == 1);
    // The user chose to ignore the columns: nothing to warn about.
    CHECK(result.warnings.isEmpty());
    const std::optional<Company> alpha = db->companyByName(QStringLiteral("Alpha"));
    REQUIRE(alpha);
    CHECK(alpha->notes == QStringLiteral("bleu"));
    CHECK(alpha->sectorId == 0);
}

TEST_CASE("A mapping that gives a field twice, lacks a required one or names no field is refused", "[csv][import][columns]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString path = csvFixture(dir, QStringLiteral("unknown-columns.csv"));
    const QString before = snapshot(db.store());
    Importer::Options options;

    SECTION("Twice")
    {
        options.columns = QStringList{QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("notes")};
        const ImportResult result = importCsv(db.store(), ImportKind::Companies, path, options);
        CHECK(result.fileRefused);
        CHECK(hasMessage(result.errors, 1, QStringLiteral("sector")));
    }
    SECTION("A required field missing")
    {
        options.columns = QStringList{QStringLiteral("notes"), QString(), QStringLiteral("sector")};
        const ImportResult result = importCsv(db.store(), ImportKind::Companies, path, options);
        CHECK(result.fileRefused);
        CHECK(hasMessage(result.errors, 1, QStringLiteral("name")));
    }
    SECTION("No such field")
    {
        options.columns = QStringList{QStringLiteral("name"), QStringLiteral("area_m2")};
        const ImportResult result = importCsv(db.store(), ImportKind::Companies, path, options);
        CHECK(result.fileRefused);
        CHECK(hasMessage(result.errors, 1, QStringLiteral("couleur préférée")));
    }
    CHECK(snapshot(db.store()) == before);
}

// ---- what an import wrote ------------------------------------------------------------------

TEST_CASE("An import lists what it wrote, each record as stored, before and after", "[csv][import][changes]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const ImportResult offices = importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("offices-excel-fr.csv")));
    REQUIRE(offices.written);
    REQUIRE(offices.changes.createdSites.size() == 1);
    CHECK(offices.changes.createdSites.first().name == QStringLiteral("Ateliers numériques"));
    REQUIRE(offices.changes.offices.size() == 3);
    CHECK_FALSE(offices.changes.offices.first().before);
    CHECK(offices.changes.offices.first().after.code == QStringLiteral("A01"));
    CHECK(offices.changes.offices.first().after.siteId == offices.changes.createdSites.first().id);
    CHECK(offices.changes.companies.isEmpty());

    const ImportResult companies =
        importCsv(db.store(), ImportKind::Companies, csvFixture(dir, QStringLiteral("companies-windows-1252.csv")));
    REQUIRE(companies.written);
    // Two sectors are new; "Multimédia" is the existing "Multimedia".
    REQUIRE(companies.changes.createdSectors.size() == 2);
    CHECK(companies.changes.createdSectors.at(0).name == QStringLiteral("Services informatiques"));
    CHECK(companies.changes.companies.size() == 3);

    // A row that changes a stored company: its record before and after.
    const Company before = *db->companyByName(QStringLiteral("Café Pixel"));
    const QString path = writeFile(dir, QStringLiteral("update.csv"),
                                   "name,contact\nCafé Pixel,Zoé Martin\nSociété d'Études Numériques,Hélène Dupré\n");
    const ImportResult update = importCsv(db.store(), ImportKind::Companies, path);
    CHECK(update.updated == 1);
    CHECK(update.unchanged == 1);
    REQUIRE(update.changes.companies.size() == 1);
    const ImportedRecord<Company> &changed = update.changes.companies.first();
    REQUIRE(changed.before);
    CHECK(changed.before->contact == QStringLiteral("Zoé Lefèvre"));
    CHECK(changed.before->version == before.version);
    CHECK(changed.after.contact == QStringLiteral("Zoé Martin"));
    const Company stored = *db->company(before.id);
    CHECK(changed.after.version == stored.version);
    CHECK(changed.after.notes == stored.notes);
    CHECK(update.changes.createdSectors.isEmpty());
}

TEST_CASE("A dry run, a refused file and a cancelled import list no change", "[csv][import][changes]")
{
    TestDatabase db;
    QTemporaryDir dir;
    Importer::Options dry;
    dry.dryRun = true;
    const ImportResult checked =
        importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("offices-excel-fr.csv")), dry);
    CHECK(checked.created == 3);
    CHECK(checked.changes.isEmpty());

    const ImportResult refused = importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("bad-values.csv")));
    CHECK_FALSE(refused.written);
    CHECK(refused.changes.isEmpty());

    // Skipping the invalid rows lists the rows written only.
    Importer::Options skipping;
    skipping.skipInvalid = true;
    const ImportResult skipped = importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("bad-values.csv")), skipping);
    CHECK(skipped.written);
    REQUIRE(skipped.changes.offices.size() == 1);
    CHECK(skipped.changes.offices.first().after.code == QStringLiteral("A01"));
    CHECK(skipped.changes.createdSites.size() == 1);
}
