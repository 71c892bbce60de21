// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Records.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "storage/Backups.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions everyPermission = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

const QStringList versionedTables{u"sectors"_s, u"sites"_s, u"offices"_s, u"companies"_s, u"leases"_s, u"applications"_s};

// A database as the first version of Pépin wrote it: the statements of schema 1, the meta rows,
// and a little of everything.
void writeVersionOne(const QString &path, bool writeAheadLog)
{
    PlainConnection file(path);
    if (writeAheadLog)
        REQUIRE(file.scalar(u"PRAGMA journal_mode = WAL"_s).toString() == u"wal"_s);
    QString schema = textOf(u":/pepin/schema/001_base.sql"_s);
    schema.replace(u"${ID}"_s, u"INTEGER PRIMARY KEY"_s);
    schema.replace(u"${REAL}"_s, u"REAL"_s);
    file.execScript(schema);
    file.exec(u"PRAGMA application_id = %1"_s.arg(SqlDialect::applicationId));
    file.exec(u"INSERT INTO pepin_meta (key, value) VALUES ('application', 'pepin'), ('schema_version', '1')"_s);
    file.exec(u"INSERT INTO sectors (id, name, color) VALUES (3, 'Multimedia', '#2ca02c')"_s);
    file.exec(u"INSERT INTO sites (id, name, address) VALUES (1, 'Ateliers numériques de Valenciennes', 'Valenciennes')"_s);
    file.exec(u"INSERT INTO offices (id, site_id, code, floor, area_m2, workstations, kind, rent_m2_year_cents, "
              "available_from) VALUES (5, 1, 'B01', '1', 40.0, 5, 'private', 12000, '2017-11-01')"_s);
    file.exec(u"INSERT INTO companies (id, name, siret, sector_id, created_on, stage, contact) "
              "VALUES (7, 'PNT', '44306184100047', 3, '2022-09-01', 'developing', 'Thomas Moreau')"_s);
    file.exec(u"INSERT INTO headcounts (company_id, as_of, headcount) VALUES (7, '2022-09-01', 3)"_s);
    file.exec(u"INSERT INTO leases (id, company_id, office_id, type, start_date, end_date, monthly_charges_cents, "
              "deposit_cents, notice_months) VALUES (11, 7, 5, 'derogatoire', '2023-12-01', '2026-11-30', 10000, 56000, 3)"_s);
    file.exec(u"INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (11, '2023-12-01', 28000)"_s);
    file.exec(u"INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (11, '2024-12-01', 34000)"_s);
    file.exec(u"INSERT INTO applications (id, company_id, needed_area_m2, needed_workstations, status) "
              "VALUES (2, 7, 55, 6, 'accepted')"_s);
}

int rowsNotAtVersionOne(Store &store)
{
    int count = 0;
    for (const QString &table : versionedTables) {
        Result<QSqlQuery> query = store.database().run(u"SELECT count(*) FROM %1 WHERE row_version <> 1"_s.arg(table));
        REQUIRE(query.ok());
        REQUIRE(query->next());
        count += query->value(0).toInt();
    }
    return count;
}

} // namespace

TEST_CASE("a database of the first version is migrated, its data kept and the original backed up", "[file][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"pepin-v1.db"_s);
    const bool writeAheadLog = GENERATE(false, true);
    INFO("write-ahead log: " << writeAheadLog);
    writeVersionOne(path, writeAheadLog);
    REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));

    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    Store &store = **opened;
    const Database &database = store.database();

    CHECK(database.fileSchemaVersionBeforeOpen() == 1);
    CHECK_FALSE(database.wasCreated());
    const QString backup = database.migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    // Among the backups beside the database, made by the engine (never a copy of the bytes of a
    // file another program may be writing): the same data, as version 1 held it.
    CHECK(QFileInfo(backup).absolutePath() == Backups(path).folder());
    CHECK(QFileInfo(backup).fileName().startsWith(u"pepin-v1-"_s));
    CHECK(QFileInfo(backup).fileName().endsWith(u"-schema1.db"_s));
    REQUIRE(QFileInfo::exists(backup));
    CHECK(Database::examine(backup).kind == Database::FileState::Kind::Pepin);
    CHECK(Database::examine(backup).version == 1);
    REQUIRE(Backups(path).list().size() == 1);
    CHECK(Backups(path).list().first().kind == Backups::Kind::BeforeUpdate);
    CHECK(Backups(path).list().first().schemaVersion == 1);
    CHECK((QFile::permissions(backup) & everyPermission) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    Result<QSqlQuery> version = store.database().run(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s);
    REQUIRE(version.ok());
    REQUIRE(version->next());
    CHECK(version->value(0).toString() == QString::number(Database::schemaVersion));
    CHECK(rowsNotAtVersionOne(store) == 0);

    const Site site = *store.site(1);
    CHECK(site.name == u"Ateliers numériques de Valenciennes"_s);
    CHECK(site.maxStayMonths == 48);
    CHECK(site.rentProgression == QList<int>{70, 85, 100});
    CHECK(site.version == 1);

    Office office;
    office.id = 5;
    office.siteId = 1;
    office.code = u"B01"_s;
    office.floor = u"1"_s;
    office.areaM2 = 40.0;
    office.workstations = 5;
    office.rentM2YearCents = 12000;
    office.availableFrom = QDate(2017, 11, 1);
    checkSame(*store.office(5), office);

    Company company;
    company.id = 7;
    company.name = u"PNT"_s;
    company.siret = u"44306184100047"_s;
    company.sectorId = 3;
    company.createdOn = QDate(2022, 9, 1);
    company.stage = CompanyStage::Developing;
    company.contact = u"Thomas Moreau"_s;
    company.headcounts = {{QDate(2022, 9, 1), 3}};
    checkSame(*store.company(7), company);
    CHECK(store.sector(3)->name == u"Multimedia"_s);

    Lease lease;
    lease.id = 11;
    lease.companyId = 7;
    lease.officeId = 5;
    lease.type = LeaseType::Derogatoire;
    lease.start = QDate(2023, 12, 1);
    lease.end = QDate(2026, 11, 30);
    lease.rentSteps = {{QDate(2023, 12, 1), 28000}, {QDate(2024, 12, 1), 34000}};
    lease.monthlyChargesCents = 10000;
    lease.depositCents = 56000;
    lease.noticeMonths = 3;
    checkSame(*store.lease(11), lease);

    const Application application = *store.application(2);
    CHECK(application.companyId == 7);
    CHECK(application.status == ApplicationStatus::Accepted);
    CHECK(application.neededWorkstations == 6);

    // The migrated database is an ordinary one: edits count versions from 1.
    Company edited = *store.company(7);
    edited.phone = u"03 27 00 12 12"_s;
    const Result<Company> updated = store.updateCompany(edited);
    REQUIRE(updated.ok());
    CHECK(updated->version == 2);

    SECTION("it is migrated once")
    {
        opened = Error(Error::Kind::Storage, QString());
        Result<std::unique_ptr<Store>> again = Store::open(path, Database::Mode::OpenExisting);
        REQUIRE(again.ok());
        CHECK((*again)->database().fileSchemaVersionBeforeOpen() == Database::schemaVersion);
        CHECK((*again)->database().migrationBackupPath().isEmpty());
        CHECK((*again)->company(7)->phone == u"03 27 00 12 12"_s);
        CHECK(Backups(path).list().size() == 1);
    }
    SECTION("the copy aside is still a version 1 database")
    {
        PlainConnection copy(backup);
        CHECK(copy.scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == u"1"_s);
        CHECK(copy.scalar(u"SELECT count(*) FROM leases"_s).toInt() == 1);
    }
}

TEST_CASE("the first version's database kept in the test data is migrated with all its data", "[file][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"pepin-v1.db"_s);
    REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/pepin-v1.db"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    Store &store = **opened;
    CHECK(store.database().fileSchemaVersionBeforeOpen() == 1);
    {
        PlainConnection copy(store.database().migrationBackupPath());
        CHECK(copy.scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == u"1"_s);
        CHECK(copy.scalar(u"SELECT count(*) FROM companies"_s).toInt() == 2);
        CHECK(copy.scalar(u"SELECT count(*) FROM leases"_s).toInt() == 2);
    }
    CHECK(rowsNotAtVersionOne(store) == 0);

    CHECK(store.sectors().size() == 2);
    CHECK(store.sites().size() == 1);
    CHECK(store.offices().size() == 2);
    CHECK(store.office(2)->kind == OfficeKind::Shared);
    CHECK(store.office(2)->availableFrom == QDate(2027, 3, 1));

    const Company praxys = *store.companyByName(u"Praxys"_s);
    CHECK(praxys.siret == u"73282932000074"_s);
    CHECK(praxys.headcountOn(QDate(2026, 11, 29)) == 5);
    const Company pixel = *store.companyByName(u"Pixel Nord"_s);
    CHECK(pixel.exitDate == QDate(2023, 8, 31));
    CHECK(pixel.exitReason == ExitReason::MovedAway);

    const QList<Lease> leases = store.leasesOfOffice(1);
    REQUIRE(leases.size() == 2);
    CHECK(leases[0].companyId == pixel.id);
    CHECK(leases[1].companyId == praxys.id);
    CHECK(leases[1].notes == u"Signed in December"_s);
    REQUIRE(leases[1].rentSteps.size() == 3);
    CHECK(leases[1].monthlyRentOn(QDate(2026, 11, 29)) == Cents(24500));
    CHECK(leases[1].monthlyRentOn(QDate(2024, 12, 31)) == Cents(17150));
    CHECK(store.applications().first().notes == u"Wants to come back"_s);

    // The rules hold on migrated data: the office is let until the end of 2026.
    Lease overlapping;
    overlapping.companyId = pixel.id;
    overlapping.officeId = 1;
    overlapping.start = QDate(2026, 12, 31);
    CHECK_FALSE(store.addLease(overlapping).ok());
    overlapping.start = QDate(2027, 1, 1);
    CHECK(store.addLease(overlapping).ok());
}

TEST_CASE("a migration that fails leaves the data as it was and says where the copy is", "[file][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"odd-v1.db"_s);
    writeVersionOne(path, true);
    {
        // Someone added the column by hand: the step that adds it cannot run.
        PlainConnection file(path);
        file.exec(u"ALTER TABLE leases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"_s);
    }

    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(opened.ok());
    const Error error = opened.error();
    CHECK(error.kind() == Error::Kind::Storage);
    INFO(error.message().toStdString());
    CHECK(error.message().contains(u"from schema 1 to %1"_s.arg(Database::schemaVersion)));
    const QStringList copies = QDir(Backups(path).folder()).entryList({u"odd-v1-*-schema1.db"_s}, QDir::Files);
    REQUIRE(copies.size() == 1);
    CHECK(error.message().contains(copies.first()));

    PlainConnection file(path);
    CHECK(file.scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == u"1"_s);
    CHECK(file.scalar(u"SELECT count(*) FROM pragma_table_info('sites') WHERE name = 'row_version'"_s).toInt() == 0);
    CHECK(file.scalar(u"SELECT count(*) FROM leases"_s).toInt() == 1);
}

TEST_CASE("the migration to schema 3 gives existing rows the keys they are found by", "[file][migration]")
{
    // The version-1 file of tests/data, whose rows were written before match keys existed.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pepin-v1.db"_s);
    REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/pepin-v1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    Store &store = **opened;
    for (const Company &company : store.companies()) {
        INFO(company.name.toStdString());
        // Found again by its name typed another way: upper case, accents dropped.
        const QString typed = company.name.toUpper().normalized(QString::NormalizationForm_D).remove(QRegularExpression(u"\\p{Mn}"_s));
        const std::optional<Company> found = store.companyByName(typed);
        REQUIRE(found.has_value());
        CHECK(found->id == company.id);
    }
    for (const Office &office : store.offices()) {
        const std::optional<Office> found = store.officeByCode(office.siteId, office.code.toLower());
        REQUIRE(found.has_value());
        CHECK(found->id == office.id);
    }
    Result<QSqlQuery> missing = store.database().run(
        u"SELECT count(*) FROM companies WHERE name_key IS NULL OR name_key = ''"_s);
    REQUIRE(missing.ok());
    REQUIRE(missing->next());
    CHECK(missing->value(0).toInt() == 0);
}

TEST_CASE("the migration to schema 4 indexes the leases on their start, and the reads use it", "[file][migration]")
{
    // A database as version 3 left it: made by this version, then without what step 4 adds.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"pepin-v3.db"_s);
    {
        Result<std::unique_ptr<Store>> made = Store::open(path, Database::Mode::CreateIfMissing);
        REQUIRE(made.ok());
        Store &store = **made;
        const Site site = *store.addSite(Site{0, u"Ateliers numériques"_s, {}, 48, {70, 85, 100}, {}, false, 1});
        Office office;
        office.siteId = site.id;
        office.code = u"B01"_s;
        office.areaM2 = 20;
        office.workstations = 2;
        office = *store.addOffice(office);
        Company company;
        company.name = u"Praxys"_s;
        company = *store.addCompany(company);
        for (const QDate start : {QDate(2025, 1, 1), QDate(2023, 1, 1), QDate(2024, 1, 1)}) {
            Lease lease;
            lease.companyId = company.id;
            lease.officeId = office.id;
            lease.start = start;
            lease.end = start.addYears(1).addDays(-1);
            REQUIRE(store.addLease(lease).ok());
        }
    }
    {
        PlainConnection file(path);
        file.exec(u"DROP INDEX leases_start"_s);
        // Nor what step 5 adds, the change history.
        file.exec(u"DROP TABLE change_history"_s);
        file.exec(u"UPDATE pepin_meta SET value = '3' WHERE key = 'schema_version'"_s);
    }
    const auto indexed = [](PlainConnection &file) {
        return file.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'leases_start'"_s).toInt();
    };

    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    Store &store = **opened;
    CHECK(store.database().fileSchemaVersionBeforeOpen() == 3);
    const QString backup = store.database().migrationBackupPath();
    CHECK(QFileInfo(backup).fileName().endsWith(u"-schema3.db"_s));
    {
        PlainConnection copy(backup);
        CHECK(indexed(copy) == 0);
    }
    PlainConnection file(path);
    CHECK(indexed(file) == 1);
    CHECK(file.scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == QString::number(Database::schemaVersion));
    // The order of the leases is the same as before the index: by start.
    const QList<Lease> leases = store.leases();
    REQUIRE(leases.size() == 3);
    CHECK(leases[0].start == QDate(2023, 1, 1));
    CHECK(leases[1].start == QDate(2024, 1, 1));
    CHECK(leases[2].start == QDate(2025, 1, 1));
    // SQLite walks the index for the order the Store reads the leases in, rather than sorting.
    QSqlQuery plan(file.connection());
    REQUIRE(plan.exec(u"EXPLAIN QUERY PLAN SELECT * FROM leases ORDER BY start_date, id"_s));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(u"; "_s).toStdString());
    CHECK(steps.join(u"; "_s).contains(u"leases_start"_s));
}
