// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "CsvTestData.h"
#include "TestDatabase.h"

#include "csv/Importer.h"
#include "util/Text.h"

#include <QFile>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

// A database with the offices, companies and leases of the fixtures imported.
struct Imported
{
    TestDatabase db;
    QTemporaryDir dir;

    Imported()
    {
        for (const auto &[kind, file] : {std::pair{ImportKind::Offices, "offices-excel-fr.csv"},
                                         std::pair{ImportKind::Companies, "companies-windows-1252.csv"},
                                         std::pair{ImportKind::Leases, "leases-tab.csv"}}) {
            const ImportResult result = importCsv(db.store(), kind, csvFixture(dir, QString::fromLatin1(file)));
            INFO(file << "\n" << describe(result.errors).toStdString());
            REQUIRE(result.errors.isEmpty());
            REQUIRE(result.written);
        }
    }

    Store &store() { return db.store(); }
    QString fixture(const char *name) { return csvFixture(dir, QString::fromLatin1(name)); }

    Office office(const char *code)
    {
        for (const Office &office : store().offices()) {
            if (office.code == QString::fromLatin1(code))
                return office;
        }
        FAIL("no office " << code);
        return {};
    }

    Company company(const QString &name)
    {
        const std::optional<Company> found = store().companyByName(name);
        REQUIRE(found);
        return *found;
    }

    // Writes `text` as a UTF-8 file in the test's folder.
    QString file(const QString &name, const QByteArray &text)
    {
        QFile out(dir.filePath(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        return out.fileName();
    }
};

Importer::Options skipping()
{
    Importer::Options options;
    options.skipInvalid = true;
    return options;
}

} // namespace

TEST_CASE("A file saved by French Excel: BOM, semicolons, CRLF, 1 234,5, DD/MM/YYYY, French headers", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const ImportResult result = importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("offices-excel-fr.csv")));
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.created == 3);
    CHECK(result.written);
    // The site did not exist: created, and said so.
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 2);
    CHECK(result.warnings[0].column == QStringLiteral("Site"));
    const std::optional<Site> site = db->siteByName(QStringLiteral("Ateliers numériques"));
    REQUIRE(site);

    const QList<Office> offices = db->officesOfSite(site->id);
    REQUIRE(offices.size() == 3);
    CHECK(offices[0].code == QStringLiteral("A01"));
    CHECK(offices[0].floor == QStringLiteral("0"));
    CHECK(offices[0].areaM2 == 24.5);
    CHECK(offices[0].rentM2YearCents == 12000);
    CHECK(offices[0].availableFrom == d("2017-01-01"));
    CHECK(offices[0].availableUntil.isNull());
    CHECK(offices[0].notes == QStringLiteral("Vue sur le parc"));
    CHECK(offices[2].code == QStringLiteral("C10"));
    CHECK(offices[2].areaM2 == 1234.5);
    CHECK(offices[2].workstations == 12);
    CHECK(offices[2].kind == OfficeKind::Shared);
    CHECK(offices[2].rentM2YearCents == 9650);
    CHECK(offices[2].availableUntil == d("2035-12-31"));
    CHECK(offices[2].notes == QStringLiteral("Plateau ouvert; 12 postes"));
}

TEST_CASE("A Windows-1252 file with accents, Œ, € and typographic apostrophes", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const qsizetype sectorsBefore = db->sectors().size();
    const ImportResult result =
        importCsv(db.store(), ImportKind::Companies, csvFixture(dir, QStringLiteral("companies-windows-1252.csv")));
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.created == 3);

    const std::optional<Company> etudes = db->companyBySiret(QStringLiteral("73282932000074"));
    REQUIRE(etudes);
    CHECK(etudes->name == QStringLiteral("Société d'Études Numériques"));
    CHECK(etudes->naf == QStringLiteral("6201Z"));
    CHECK(etudes->createdOn == d("2019-03-15"));
    CHECK(etudes->stage == CompanyStage::Young);
    CHECK(etudes->headcountOn(csvToday()) == 4);
    CHECK(etudes->contact == QStringLiteral("Hélène Dupré"));
    CHECK(etudes->phone == QStringLiteral("03 27 00 00 01"));

    const std::optional<Company> oeuvres = db->companyByName(QStringLiteral("Œuvres Sonores"));
    REQUIRE(oeuvres);
    CHECK(oeuvres->contact == QStringLiteral("François Müller"));
    CHECK(oeuvres->notes == QStringLiteral("Budget 1 500 € – en cours"));
    const std::optional<Company> pixel = db->companyByName(QStringLiteral("Café Pixel"));
    REQUIRE(pixel);
    CHECK(pixel->notes == QStringLiteral("L’équipe arrive en janvier"));

    // "Multimédia" is the existing "Multimedia" (accents ignored); the two others are new.
    CHECK(db->sector(pixel->sectorId)->name == QStringLiteral("Multimedia"));
    CHECK(db->sectors().size() == sectorsBefore + 2);
    CHECK(result.warnings.size() == 2);
    CHECK(hasMessage(result.warnings, 2, QStringLiteral("Secteur")));
    CHECK(hasMessage(result.warnings, 3, QStringLiteral("Secteur")));
}

TEST_CASE("Quoted fields with delimiters, doubled quotes and line breaks", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const ImportResult result = importCsv(db.store(), ImportKind::Companies, csvFixture(dir, QStringLiteral("companies-quoted.csv")));
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.created == 3);
    const std::optional<Company> dupont = db->companyByName(QStringLiteral("Dupont, Durand & Fils"));
    REQUIRE(dupont);
    CHECK(dupont->contact == QStringLiteral("Jean \"JD\" Dupont"));
    CHECK(dupont->notes == QStringLiteral("First line\nsecond line, with a comma\nthird \"quoted\" line"));
    const std::optional<Company> quote = db->companyByName(QStringLiteral("Quote \"Inside\""));
    REQUIRE(quote);
    CHECK(quote->notes == QStringLiteral("one; two"));
}

TEST_CASE("Leases name their company by SIRET or name, with rent steps, early ends and shared offices", "[csv][import]")
{
    Imported incubator;
    const Company etudes = incubator.company(QStringLiteral("Société d'Études Numériques"));
    const Company pixel = incubator.company(QStringLiteral("Café Pixel"));
    const QList<Lease> leases = incubator.store().leases();
    REQUIRE(leases.size() == 4);

    const Lease &first = leases[0];
    CHECK(first.companyId == etudes.id);
    CHECK(first.officeId == incubator.office("A01").id);
    CHECK(first.type == LeaseType::Derogatoire);
    CHECK(first.end == d("2027-12-31"));
    REQUIRE(first.rentSteps.size() == 1);
    CHECK(first.rentSteps[0].from == d("2025-01-01"));
    CHECK(first.rentSteps[0].monthlyRentCents == 24500);
    CHECK(first.monthlyChargesCents == 5000);
    CHECK(first.depositCents == 49000);
    CHECK(first.noticeMonths == 3);
    CHECK(first.workstations == 0); // a private office is let whole

    const Lease &second = leases[1];
    CHECK(second.companyId == pixel.id);
    CHECK(second.start == d("2025-02-01"));
    CHECK(second.terminatedOn == d("2026-06-30"));
    REQUIRE(second.rentSteps.size() == 2);
    CHECK(second.rentSteps[1].from == d("2026-02-01"));
    CHECK(second.rentSteps[1].monthlyRentCents == 24000);

    CHECK(leases[2].workstations == 4);
    CHECK(leases[3].workstations == 6);
    CHECK(leases[3].type == LeaseType::Coworking);
}

TEST_CASE("Importing the same file again changes nothing", "[csv][import]")
{
    Imported incubator;
    const QString before = snapshot(incubator.store());
    for (const auto &[kind, file] : {std::pair{ImportKind::Offices, "offices-excel-fr.csv"},
                                     std::pair{ImportKind::Companies, "companies-windows-1252.csv"},
                                     std::pair{ImportKind::Leases, "leases-tab.csv"}}) {
        const ImportResult again = importCsv(incubator.store(), kind, incubator.fixture(file));
        INFO(file << "\n" << describe(again.errors).toStdString());
        CHECK(again.errors.isEmpty());
        CHECK(again.warnings.isEmpty());
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged > 0);
        CHECK_FALSE(again.written);
    }
    CHECK(snapshot(incubator.store()) == before);
}

TEST_CASE("A row that matches a stored record updates it, and columns the file lacks are kept", "[csv][import]")
{
    Imported incubator;
    // Offices match on site and code, as people type them.
    const QString offices = incubator.file(QStringLiteral("offices.csv"), "site,code,area_m2,workstations\n"
                                                                          "ATELIERS NUMERIQUES,a02,30,3\n"
                                                                          "Ateliers numériques,A01,24.5,2\n");
    const ImportResult result = importCsv(incubator.store(), ImportKind::Offices, offices);
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.created == 0);
    CHECK(result.updated == 1);
    CHECK(result.unchanged == 1);
    const Office a02 = incubator.office("a02");
    CHECK(a02.areaM2 == 30);
    CHECK(a02.rentM2YearCents == 12000); // no rent column: kept

    // Companies match on SIRET first: the name may change.
    const QString companies = incubator.file(QStringLiteral("companies.csv"), "name,siret,email\n"
                                                                              "Études Numériques,73282932000074,new@etudes.example.org\n"
                                                                              "CAFÉ PIXEL,,\n");
    const ImportResult renamed = importCsv(incubator.store(), ImportKind::Companies, companies);
    INFO(describe(renamed.errors).toStdString());
    REQUIRE(renamed.errors.isEmpty());
    CHECK(renamed.updated == 2);
    const std::optional<Company> etudes = incubator.store().companyBySiret(QStringLiteral("73282932000074"));
    REQUIRE(etudes);
    CHECK(etudes->name == QStringLiteral("Études Numériques"));
    CHECK(etudes->email == QStringLiteral("new@etudes.example.org"));
    CHECK(etudes->contact == QStringLiteral("Hélène Dupré"));
}

TEST_CASE("Every malformed file is refused with its line, and nothing is written", "[csv][import][bad]")
{
    Imported incubator;
    const QString before = snapshot(incubator.store());

    struct Case
    {
        const char *file;
        ImportKind kind;
        QList<std::pair<qint64, const char *>> errors; // line, column ("" for none)
        bool wholeFile;
    };
    const QList<Case> cases{
        {"bad-unbalanced-quote.csv", ImportKind::Companies, {{3, ""}}, true},
        {"bad-text-after-quote.csv", ImportKind::Companies, {{2, ""}}, true},
        {"bad-empty.csv", ImportKind::Companies, {{1, ""}}, true},
        {"bad-header-only.csv", ImportKind::Companies, {{1, ""}}, true},
        {"bad-binary.csv", ImportKind::Companies, {{3, ""}}, true},
        {"bad-missing-columns.csv", ImportKind::Offices, {{1, "area_m2"}, {1, "workstations"}}, true},
        {"bad-ragged.csv", ImportKind::Offices, {{3, ""}, {5, ""}}, false},
        {"bad-duplicates.csv", ImportKind::Companies, {{4, "name"}, {5, "siret"}, {6, "name"}}, false},
        {"bad-lease-references.csv", ImportKind::Leases, {{3, "company"}, {4, "office"}, {5, "site"}}, false},
        {"bad-values.csv", ImportKind::Offices,
         {{3, "area_m2"}, {4, "kind"}, {4, "available_from"}, {5, "area_m2"}, {5, "workstations"}, {5, "available_until"}}, false},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.file)
        {
            const ImportResult result = importCsv(incubator.store(), c.kind, incubator.fixture(c.file));
            INFO(describe(result.errors).toStdString());
            CHECK(result.errors.size() == c.errors.size());
            for (const auto &[line, column] : c.errors) {
                INFO("expected line " << line << ", column " << column);
                CHECK(hasMessage(result.errors, line, QString::fromLatin1(column)));
            }
            for (const ImportMessage &error : result.errors)
                CHECK_FALSE(error.message.isEmpty());
            CHECK(result.fileRefused == c.wholeFile);
            CHECK_FALSE(result.written);
            CHECK(result.created == 0);
            CHECK(result.updated == 0);
            CHECK(snapshot(incubator.store()) == before);
        }
    }
}

TEST_CASE("A row's values that do not parse and the rules its other values break are listed together", "[csv][import]")
{
    Imported incubator;
    const QString file = incubator.file(QStringLiteral("offices.csv"), "site,code,area_m2,workstations,kind\n"
                                                                       "Ateliers numériques,Z01,douze,0,cabin\n");
    const ImportResult result = importCsv(incubator.store(), ImportKind::Offices, file);
    INFO(describe(result.errors).toStdString());
    CHECK(result.errors.size() == 3);
    CHECK(hasMessage(result.errors, 2, QStringLiteral("area_m2")));
    CHECK(hasMessage(result.errors, 2, QStringLiteral("kind")));
    CHECK(hasMessage(result.errors, 2, QStringLiteral("workstations")));
}

TEST_CASE("Skipping invalid rows writes the valid ones and lists the others", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const ImportResult result = importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("bad-ragged.csv")), skipping());
    CHECK(result.created == 2);
    CHECK(result.skipped == 2);
    CHECK(result.written);
    CHECK(hasMessage(result.errors, 3));
    CHECK(hasMessage(result.errors, 5));
    QStringList codes;
    for (const Office &office : db->offices())
        codes << office.code;
    CHECK(codes == QStringList{QStringLiteral("A01"), QStringLiteral("A03")});

    // A file refused as a whole writes nothing, even so.
    const QString before = snapshot(db.store());
    const ImportResult refused =
        importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("bad-missing-columns.csv")), skipping());
    CHECK(refused.fileRefused);
    CHECK_FALSE(refused.written);
    CHECK(snapshot(db.store()) == before);
}

TEST_CASE("A dry run checks and counts, and writes nothing", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString before = snapshot(db.store());
    Importer::Options options;
    options.dryRun = true;
    const ImportResult result =
        importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("offices-excel-fr.csv")), options);
    CHECK(result.errors.isEmpty());
    CHECK(result.created == 3);
    CHECK(result.warnings.size() == 1); // the site it would create
    CHECK_FALSE(result.written);
    CHECK(snapshot(db.store()) == before);
}

TEST_CASE("Unknown columns are ignored with a warning, id columns silently", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const ImportResult result = importCsv(db.store(), ImportKind::Companies, csvFixture(dir, QStringLiteral("unknown-columns.csv")));
    CHECK(result.errors.isEmpty());
    CHECK(result.created == 1);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 1);
    CHECK(result.warnings[0].column == QStringLiteral("couleur préférée"));
}

TEST_CASE("Rows are checked against the database and the rows before them", "[csv][import]")
{
    Imported incubator;
    const QString before = snapshot(incubator.store());

    SECTION("two leases of one private office that overlap, in the file")
    {
        const QString file = incubator.file(QStringLiteral("leases.csv"), "company,site,office,start,end\n"
                                                                          "Café Pixel,Ateliers numériques,A02,2030-01-01,2030-12-31\n"
                                                                          "Œuvres Sonores,Ateliers numériques,A02,2030-06-01,2031-05-31\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
        CHECK(result.errors.size() == 1);
        CHECK(hasMessage(result.errors, 3, QStringLiteral("start")));
        CHECK(result.errors.value(0).message.contains(QStringLiteral("Café Pixel")));
    }
    SECTION("a lease that overlaps a stored one")
    {
        const QString file = incubator.file(QStringLiteral("leases.csv"), "company,site,office,start,end\n"
                                                                          "Café Pixel,Ateliers numériques,A01,2026-01-01,2026-12-31\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
        CHECK(hasMessage(result.errors, 2, QStringLiteral("start")));
    }
    SECTION("workstations of a shared office beyond its capacity, summed over the file")
    {
        const QString file = incubator.file(QStringLiteral("leases.csv"), "company,site,office,start,end,workstations\n"
                                                                          "Société d'Études Numériques,Ateliers numériques,C10,2030-01-01,2030-12-31,8\n"
                                                                          "Café Pixel,Ateliers numériques,C10,2030-06-01,2030-12-31,5\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
        CHECK(result.errors.size() == 1);
        CHECK(hasMessage(result.errors, 3, QStringLiteral("workstations")));
    }
    SECTION("an office change that a stored lease would not survive")
    {
        const QString file = incubator.file(QStringLiteral("offices.csv"), "site,code,area_m2,workstations,available_until\n"
                                                                           "Ateliers numériques,A01,24.5,2,2026-01-31\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Offices, file);
        CHECK(hasMessage(result.errors, 2));
    }
    SECTION("a renamed company taking the name of another")
    {
        const QString file = incubator.file(QStringLiteral("companies.csv"), "name,siret\nCafé Pixel,73282932000074\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Companies, file);
        CHECK(hasMessage(result.errors, 2, QStringLiteral("name")));
    }
    SECTION("a monthly rent that is none of the rent steps")
    {
        const QString file = incubator.file(QStringLiteral("leases.csv"), "company,site,office,start,end,monthly_rent,rent_steps\n"
                                                                          "Café Pixel,Ateliers numériques,A02,2025-02-01,2028-01-31,"
                                                                          "999,2025-02-01=200|2026-02-01=240\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
        CHECK(hasMessage(result.errors, 2, QStringLiteral("monthly_rent")));
    }
    SECTION("a rent step outside the lease")
    {
        const QString file = incubator.file(QStringLiteral("leases.csv"), "company,site,office,start,end,rent_steps\n"
                                                                          "Café Pixel,Ateliers numériques,A02,2025-02-01,2028-01-31,"
                                                                          "2024-01-01=200\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
        CHECK(hasMessage(result.errors, 2, QStringLiteral("rent_steps")));
    }
    SECTION("a headcount that contradicts the history")
    {
        const QString file = incubator.file(QStringLiteral("companies.csv"), "name,headcount,headcounts\n"
                                                                             "Café Pixel,7,2024-01-01=3|2025-06-01=5\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Companies, file);
        CHECK(hasMessage(result.errors, 2, QStringLiteral("headcount")));
    }
    SECTION("an unreadable rent step")
    {
        const QString file = incubator.file(QStringLiteral("leases.csv"), "company,site,office,start,rent_steps\n"
                                                                          "Café Pixel,Ateliers numériques,A02,2025-02-01,2025-02-01:200\n");
        const ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
        CHECK(hasMessage(result.errors, 2, QStringLiteral("rent_steps")));
    }
    CHECK(snapshot(incubator.store()) == before);
}

TEST_CASE("A monthly rent alone keeps a schedule that has it, and replaces one that has not", "[csv][import]")
{
    Imported incubator;
    // The list command prints the rent in force: a step of the schedule, which stays.
    QString file = incubator.file(QStringLiteral("a.csv"), "company,site,office,start,monthly_rent\n"
                                                           "Café Pixel,Ateliers numériques,A02,2025-02-01,240.00\n");
    ImportResult result = importCsv(incubator.store(), ImportKind::Leases, file);
    CHECK(result.unchanged == 1);
    // Another amount: one rent from the start, as `edit lease --monthly-rent` does.
    file = incubator.file(QStringLiteral("b.csv"), "company,site,office,start,monthly_rent\n"
                                                   "Café Pixel,Ateliers numériques,A02,2025-02-01,250\n");
    result = importCsv(incubator.store(), ImportKind::Leases, file);
    CHECK(result.updated == 1);
    const QList<Lease> leases = incubator.store().leasesOfOffice(incubator.office("A02").id);
    REQUIRE(leases.size() == 1);
    REQUIRE(leases[0].rentSteps.size() == 1);
    CHECK(leases[0].rentSteps[0].from == d("2025-02-01"));
    CHECK(leases[0].rentSteps[0].monthlyRentCents == 25000);
}

TEST_CASE("With a headcount history, the headcount may be any of its figures, as an export at any date writes it", "[csv][import]")
{
    Imported incubator;
    const QString file = incubator.file(QStringLiteral("companies.csv"), "name,headcount,headcounts\n"
                                                                         "Café Pixel,3,2024-01-01=3|2025-06-01=5\n");
    const ImportResult result = importCsv(incubator.store(), ImportKind::Companies, file);
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.isEmpty());
    CHECK(result.updated == 1);
    const Company pixel = incubator.company(QStringLiteral("Café Pixel"));
    REQUIRE(pixel.headcounts.size() == 2);
    CHECK(pixel.headcounts[0].asOf == d("2024-01-01"));
    CHECK(pixel.headcounts[0].headcount == 3);
    CHECK(pixel.headcountOn(csvToday()) == 5);
}

TEST_CASE("A text cell guarded against formulas by an export is read back without the guard", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("c.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,phone,notes\n'=Formula SA,'+33 3 27 00 00 00,'''@not a guard\n");
    file.close();
    const ImportResult result = importCsv(db.store(), ImportKind::Companies, file.fileName());
    REQUIRE(result.errors.isEmpty());
    const std::optional<Company> company = db->companyByName(QStringLiteral("=Formula SA"));
    REQUIRE(company);
    CHECK(company->phone == QStringLiteral("+33 3 27 00 00 00"));
    CHECK(company->notes == QStringLiteral("''@not a guard"));
}

TEST_CASE("A cancelled import writes nothing", "[csv][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString before = snapshot(db.store());
    Importer::Options options;
    int asked = 0;
    options.cancelled = [&asked] { return ++asked > 2; };
    const ImportResult result =
        importCsv(db.store(), ImportKind::Offices, csvFixture(dir, QStringLiteral("offices-excel-fr.csv")), options);
    CHECK(result.fileRefused);
    CHECK_FALSE(result.written);
    CHECK(snapshot(db.store()) == before);
}

TEST_CASE("A 50 MB file is refused at the row past the limit, read as a stream, nothing written", "[csv][import][large]")
{
    TestDatabase db;
    const QString path = db.file(QStringLiteral("large.csv"));
    constexpr qint64 size = 50 * 1024 * 1024;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray block;
        int n = 0;
        while (block.size() < 1024 * 1024)
            block += QStringLiteral("Company %1,IT services,Contact %1\n").arg(n++, 7, 10, QLatin1Char('0')).toUtf8();
        REQUIRE(file.write("name,sector,contact\n") > 0);
        while (file.size() < size)
            REQUIRE(file.write(block) == block.size());
    }
    const QString before = snapshot(db.store());
    // The default limit takes a regional network's leases; a lower one keeps this test short.
    CHECK(Importer::Options().maxRows == 500000);
    Importer::Options options;
    options.maxRows = 10000;
    resetPeakMemory();
    const std::optional<qint64> memoryBefore = currentMemoryKb();
    const ImportResult result = importCsv(db.store(), ImportKind::Companies, path, options);
    const std::optional<qint64> peak = peakMemoryKb();
    INFO(describe(result.errors).toStdString());
    REQUIRE(result.errors.size() == 1);
    // 10 000 rows of data on lines 2 to 10 001: the next one is refused.
    CHECK(result.errors[0].line == 10002);
    CHECK(result.fileRefused);
    CHECK(snapshot(db.store()) == before);
    // A copy of the whole file would take 50 MB as bytes and 100 MB as text.
    if (memoryBefore && peak) {
        INFO("peak " << *peak << " kB, " << *memoryBefore << " kB before");
        CHECK(*peak - *memoryBefore < 40 * 1024);
    } else {
        WARN("this system does not report the process's memory: the memory bound is not checked");
    }
}
