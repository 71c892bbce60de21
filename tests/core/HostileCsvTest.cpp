// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text through the CSV files (issue 10): exported, then imported into a new database, it
// gives the same records, in both presets and from a file a spreadsheet saved in Windows-1252;
// exporting those again gives the same bytes.
//
// Formula injection: a text cell that begins with =, +, -, @, tab or CR is exported with a leading
// ' (DESIGN.md §5), so that a spreadsheet shows it and never runs it; the import removes exactly
// the ' that the export added (CsvWriter::unguard), so that the round trip still gives the text
// unchanged.
//
// Inputs trim the ends of one-line values and write a NAF code in capitals; the records here hold
// what an input would have stored (no hostile text begins or ends with white space, and the NAF
// is in capitals), so that "unchanged" means the very same UTF-16 units.
#include "CatchQt.h"

#include "Builders.h"
#include "CsvTestData.h"
#include "HostileText.h"
#include "Records.h"
#include "TestDatabase.h"

#include "csv/CsvDecoder.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

const QList<std::pair<Exporter::Kind, ImportKind>> importable{{Exporter::Kind::Offices, ImportKind::Offices},
                                                              {Exporter::Kind::Companies, ImportKind::Companies},
                                                              {Exporter::Kind::Leases, ImportKind::Leases}};

// Valid, and a formula for a spreadsheet.
const QString hostileEmail = QStringLiteral("=cmd|'calc'!A0@evil.example");

// A site, an office, a sector, a company and its lease, every text field holding `text`.
void addRecords(Store &store, const QString &text)
{
    const Site site = addSite(store, text);
    Office office;
    office.siteId = site.id;
    office.code = text;
    office.floor = text;
    office.notes = text;
    office.areaM2 = 20;
    office.workstations = 2;
    const Result<Office> storedOffice = store.addOffice(office);
    REQUIRE(storedOffice);

    Company company;
    company.name = text;
    company.siret = QStringLiteral("73282932000074");
    company.naf = text.toUpper();
    company.sectorId = store.ensureSector(text).value().id;
    company.contact = text;
    company.email = hostileEmail;
    company.phone = text;
    company.notes = text;
    const Result<Company> stored = store.addCompany(company);
    REQUIRE(stored);

    Lease lease = leaseOf(stored->id, storedOffice->id, d("2026-01-01"), d("2027-12-31"));
    lease.rentSteps = {RentStep{d("2026-01-01"), 45050}};
    lease.notes = text;
    REQUIRE(store.addLease(lease));
}

// The records of `target` against those of `source`, text field by text field.
void checkSameRecords(Store &target, Store &source)
{
    REQUIRE(target.sites().size() == 1);
    REQUIRE(target.offices().size() == 1);
    REQUIRE(target.companies().size() == 1);
    REQUIRE(target.leases().size() == 1);
    const Site site = target.sites().constFirst(), theirSite = source.sites().constFirst();
    const Office office = target.offices().constFirst(), theirOffice = source.offices().constFirst();
    const Company company = target.companies().constFirst(), theirCompany = source.companies().constFirst();
    const Lease lease = target.leases().constFirst(), theirLease = source.leases().constFirst();
    const QString sector = target.sector(company.sectorId).value_or(Sector{}).name;
    const QString theirSector = source.sector(theirCompany.sectorId).value_or(Sector{}).name;
    const std::pair<const char *, std::pair<QString, QString>> fields[] = {
        {"site name", {site.name, theirSite.name}},
        {"office code", {office.code, theirOffice.code}},
        {"office floor", {office.floor, theirOffice.floor}},
        {"office notes", {office.notes, theirOffice.notes}},
        {"sector name", {sector, theirSector}},
        {"company name", {company.name, theirCompany.name}},
        {"company siret", {company.siret, theirCompany.siret}},
        {"company naf", {company.naf, theirCompany.naf}},
        {"company contact", {company.contact, theirCompany.contact}},
        {"company email", {company.email, theirCompany.email}},
        {"company phone", {company.phone, theirCompany.phone}},
        {"company notes", {company.notes, theirCompany.notes}},
        {"lease notes", {lease.notes, theirLease.notes}},
    };
    for (const auto &[field, values] : fields) {
        INFO(field);
        CHECK(textDifference(values.first, values.second) == QString());
    }
    CHECK(lease.companyId == company.id);
    CHECK(lease.officeId == office.id);
    CHECK(office.siteId == site.id);
}

Exporter::Options optionsFor(CsvFormat::Preset preset)
{
    Exporter::Options options;
    options.format = CsvFormat::preset(preset);
    options.at = csvToday();
    options.today = csvToday();
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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Imports each file of the list in turn, REQUIRing no error.
void importAll(Store &target, const QStringList &files, Importer::Options options = {})
{
    for (qsizetype i = 0; i < importable.size(); ++i) {
        const ImportResult result = importCsv(target, importable[i].second, files[i], options);
        INFO(files[i].toStdString() << "\n" << describe(result.errors).toStdString());
        REQUIRE(result.errors.isEmpty());
        CHECK(result.created == 1);
    }
}

// The text in Windows-1252, as Excel saves "CSV (separator: semicolon)" on a French Windows;
// nullopt when one of its characters has no byte there.
std::optional<QByteArray> toWindows1252(const QString &text)
{
    static const QHash<char16_t, char> bytes = [] {
        QHash<char16_t, char> map;
        for (int b = 0; b < 256; ++b) {
            const char byte = char(b);
            map.insert(CsvDecoder::fromWindows1252(QByteArrayView(&byte, 1)).at(0).unicode(), byte);
        }
        return map;
    }();
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const auto it = bytes.constFind(c.unicode());
        if (it == bytes.cend())
            return std::nullopt;
        out += *it;
    }
    return out;
}

// The cells of a CSV text, row by row.
QList<QStringList> cellsOf(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvReader::Options{});
    QList<QStringList> rows;
    CsvReader::Record record;
    while (reader.next(record))
        rows << record.fields;
    return rows;
}

} // namespace

TEST_CASE("Hostile text survives export and import into a new database, in both presets", "[hostile][csv]")
{
    for (CsvFormat::Preset preset : {CsvFormat::Preset::Standard, CsvFormat::Preset::ExcelFrance}) {
        for (const HostileText &hostile : hostileTexts()) {
            INFO((preset == CsvFormat::Preset::Standard ? "standard, " : "excel-fr, ") << describe(hostile));
            TestDatabase source;
            addRecords(source.store(), hostile.text);
            QTemporaryDir dir;
            QStringList files;
            for (const auto &[kind, importKind] : importable) {
                files << dir.filePath(Exporter::name(kind) + QStringLiteral(".csv"));
                writeFile(files.last(), exported(source.store(), kind, preset));
            }
            TestDatabase target;
            importAll(target.store(), files);
            checkSameRecords(target.store(), source.store());

            // The same bytes again; importing the files again changes nothing.
            for (qsizetype i = 0; i < importable.size(); ++i)
                CHECK(byteDifference(exported(target.store(), importable[i].first, preset), fileBytes(files[i])) == QString());
            for (qsizetype i = 0; i < importable.size(); ++i) {
                const ImportResult again = importCsv(target.store(), importable[i].second, files[i]);
                CHECK(again.errors.isEmpty());
                CHECK(again.created + again.updated == 0);
            }
            target.reopen();
            checkSameRecords(target.store(), source.store());
        }
    }
}

TEST_CASE("Hostile text survives a file that a spreadsheet saved again in Windows-1252", "[hostile][csv]")
{
    int tested = 0;
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        TestDatabase source;
        addRecords(source.store(), hostile.text);
        QTemporaryDir dir;
        QStringList files;
        bool fits = true;
        for (const auto &[kind, importKind] : importable) {
            QByteArray utf8 = exported(source.store(), kind, CsvFormat::Preset::ExcelFrance);
            REQUIRE(utf8.startsWith("\xEF\xBB\xBF"));
            const std::optional<QByteArray> cp1252 = toWindows1252(QString::fromUtf8(utf8.mid(3)));
            if (!cp1252) {
                fits = false; // Arabic, emoji…: Windows-1252 has no byte for them
                break;
            }
            files << dir.filePath(Exporter::name(kind) + QStringLiteral("-cp1252.csv"));
            writeFile(files.last(), *cp1252);
        }
        if (!fits)
            continue;
        ++tested;
        SECTION("the encoding detected")
        {
            TestDatabase target;
            importAll(target.store(), files);
            checkSameRecords(target.store(), source.store());
        }
        SECTION("the encoding given")
        {
            TestDatabase target;
            Importer::Options options;
            options.csv.encoding = CsvDecoder::Encoding::Windows1252;
            importAll(target.store(), files, options);
            checkSameRecords(target.store(), source.store());
        }
    }
    // SQL, formats, backslashes, the long text (its € is 0x80), composed accents, separators,
    // line breaks, formulas, control characters and HTML all have their bytes.
    CHECK(tested >= 19);
}

TEST_CASE("No text cell of an export begins as a formula, and the import removes only the guard", "[hostile][csv]")
{
    // The text columns of each export.
    const QList<std::pair<Exporter::Kind, QStringList>> textColumns{
        {Exporter::Kind::Companies,
         {QStringLiteral("name"), QStringLiteral("siret"), QStringLiteral("naf"), QStringLiteral("sector"), QStringLiteral("contact"),
          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes")}},
        {Exporter::Kind::Offices, {QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("floor"), QStringLiteral("notes")}},
        {Exporter::Kind::Leases, {QStringLiteral("company"), QStringLiteral("site"), QStringLiteral("office"), QStringLiteral("notes")}},
        {Exporter::Kind::Tenants,
         {QStringLiteral("company"), QStringLiteral("siret"), QStringLiteral("sector"), QStringLiteral("site"), QStringLiteral("offices"),
          QStringLiteral("contact"), QStringLiteral("email"), QStringLiteral("phone")}},
    };
    auto formula = [](const QString &cell) {
        return cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('+')) || cell.startsWith(QLatin1Char('-'))
            || cell.startsWith(QLatin1Char('@')) || cell.startsWith(QLatin1Char('\t')) || cell.startsWith(QLatin1Char('\r'));
    };
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        TestDatabase db;
        addRecords(db.store(), hostile.text);
        for (CsvFormat::Preset preset : {CsvFormat::Preset::Standard, CsvFormat::Preset::ExcelFrance}) {
            for (const auto &[kind, columns] : textColumns) {
                const QList<QStringList> rows = cellsOf(exported(db.store(), kind, preset));
                REQUIRE(rows.size() == 2);
                const QStringList header = Exporter::columns(kind);
                for (const QString &column : columns) {
                    INFO(Exporter::name(kind).toStdString() << ", " << column.toStdString());
                    const QString cell = rows[1].value(header.indexOf(column));
                    CHECK_FALSE(formula(cell));
                    if (column == QLatin1String("email"))
                        CHECK(cell == QLatin1Char('\'') + hostileEmail);
                    if (formula(hostile.text) && (column == QLatin1String("notes") || column == QLatin1String("contact")))
                        CHECK(textDifference(cell, QLatin1Char('\'') + hostile.text) == QString());
                }
            }
        }
    }
    // Each hostile formula, guarded once, reads back as it was; the texts that already began with
    // ' get one more, and lose only that one.
    for (const HostileText &hostile : hostileTexts()) {
        INFO(describe(hostile));
        const QString cell = CsvWriter::escape(hostile.text, QLatin1Char(';'));
        const QList<QStringList> rows = cellsOf((cell + QStringLiteral(";x\r\n")).toUtf8());
        REQUIRE(rows.size() == 1);
        CHECK(textDifference(CsvWriter::unguard(rows.first().value(0)), hostile.text) == QString());
    }
    CHECK(CsvWriter::escape(QStringLiteral("=1+1"), QLatin1Char(',')) == QStringLiteral("'=1+1"));
    CHECK(CsvWriter::escape(QStringLiteral("'=already quoted"), QLatin1Char(',')) == QStringLiteral("''=already quoted"));
    // An apostrophe typed in a spreadsheet before plain text is the text's own.
    CHECK(CsvWriter::unguard(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
}

TEST_CASE("An import's messages name the record whole, even a name holding %1", "[hostile][csv]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString companies = dir.filePath(QStringLiteral("companies.csv"));
    writeFile(companies, "name,notes\r\n%1 %2 Alpha,first\r\n%1 %2 Alpha,second\r\n");
    ImportResult result = importCsv(db.store(), ImportKind::Companies, companies);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 3);
    CHECK(result.errors.first().message == QStringLiteral("The company %1 %2 Alpha is already on line 2."));

    const QString offices = dir.filePath(QStringLiteral("offices.csv"));
    writeFile(offices, "site,code,area_m2,workstations\r\n%1 site,%1 %2,20,2\r\n%1 site,%1 %2,20,2\r\n");
    result = importCsv(db.store(), ImportKind::Offices, offices);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message == QStringLiteral("The office %1 %2 of %1 site is already on line 2."));

    const QString sirets = dir.filePath(QStringLiteral("sirets.csv"));
    writeFile(sirets, "name,siret\r\nA,%1%2\r\nB,%1%2\r\n");
    result = importCsv(db.store(), ImportKind::Companies, sirets);
    CHECK(describe(result.errors).contains(QStringLiteral("The SIRET %1%2 is already on line 2.")));
}
