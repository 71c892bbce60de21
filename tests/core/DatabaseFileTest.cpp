// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Records.h"
#include "PlainConnection.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include "demo/DemoData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions everyPermission = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QVariant pragma(Store &store, const QString &statement)
{
    Result<QSqlQuery> query = store.database().run(statement);
    if (!query)
        FAIL(query.error().message().toStdString());
    REQUIRE(query->next());
    return query->value(0);
}

// A fixture of tests/data copied into `dir`, so that no test can change the original.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString source = QStringLiteral(PEPIN_TEST_DATA) + u'/' + name;
    const QString target = dir.filePath(name);
    INFO(source.toStdString());
    REQUIRE(QFile::copy(source, target));
    REQUIRE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    return target;
}

// A real Pépin database with the demo data, closed.
QString demoDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<Store>> store = Store::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(store.ok());
    REQUIRE(DemoData::populate(**store, Clock::fixed(QDate(2026, 11, 29))).ok());
    return path;
}

// Opening `path` is refused as unusable storage, and the folder is left exactly as it was:
// the file byte for byte, and nothing created beside it (no -wal, -shm, journal or copy).
void checkRefusedAndUntouched(const QString &path, Database::Mode mode, const QString &expected)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    const QStringList filesBefore = folder.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    const bool existed = QFileInfo::exists(path);
    const QByteArray bytesBefore = fileBytes(path);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    Result<std::unique_ptr<Store>> opened = Store::open(path, mode);
    REQUIRE_FALSE(opened.ok());
    const Error error = opened.error();
    CHECK(error.kind() == Error::Kind::Storage);
    INFO(error.message().toStdString());
    CHECK(error.message().contains(QDir::toNativeSeparators(path)));
    CHECK(error.message().contains(expected));

    CHECK(QFileInfo::exists(path) == existed);
    CHECK(byteDifference(fileBytes(path), bytesBefore) == QString());
    CHECK(folder.entryList(QDir::Files | QDir::Hidden, QDir::Name) == filesBefore);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(path + u"-shm"_s));
    CHECK_FALSE(QFileInfo::exists(path + u"-journal"_s));
    CHECK(QSqlDatabase::connectionNames() == connectionsBefore);
}

void checkRefusedInEveryMode(const QString &path, const QString &expected)
{
    SECTION("when it must exist")
    {
        checkRefusedAndUntouched(path, Database::Mode::OpenExisting, expected);
    }
    SECTION("even when it may be created")
    {
        checkRefusedAndUntouched(path, Database::Mode::CreateIfMissing, expected);
    }
}

} // namespace

// ---- a new database ------------------------------------------------------------------------------

TEST_CASE("a new database has foreign keys on, a write-ahead log and Pépin's application id", "[file]")
{
    TestDatabase db;
    CHECK(db->database().wasCreated());
    CHECK(pragma(db.store(), u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(pragma(db.store(), u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(db.store(), u"PRAGMA application_id"_s).toLongLong() == 0x5045504E);
    CHECK(pragma(db.store(), u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == QString::number(Database::schemaVersion));
    CHECK(pragma(db.store(), u"SELECT value FROM pepin_meta WHERE key = 'application'"_s).toString() == u"pepin"_s);
    CHECK(db->database().fileSchemaVersionBeforeOpen() == 0);
    CHECK(db->database().migrationBackupPath().isEmpty());

    // The header says so too, for tools such as file(1): SQLite's magic, then "PEPN" at offset 68.
    db.close();
    const QByteArray header = fileBytes(db.path()).left(100);
    CHECK(header.left(16) == QByteArray("SQLite format 3\0", 16));
    CHECK(header.mid(68, 4) == QByteArray("PEPN"));
}

TEST_CASE("a new database stays in write-ahead mode with foreign keys enforced when reopened", "[file]")
{
    TestDatabase db;
    db.reopen();
    CHECK_FALSE(db->database().wasCreated());
    CHECK(db->database().fileSchemaVersionBeforeOpen() == Database::schemaVersion);
    CHECK(pragma(db.store(), u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(pragma(db.store(), u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    // The engine itself refuses a lease of a company that does not exist.
    Result<QSqlQuery> orphan = db->database().run(
        u"INSERT INTO leases (company_id, office_id, type, start_date) VALUES (999, 999, 'precaire', '2026-01-01')"_s);
    CHECK_FALSE(orphan.ok());
}

TEST_CASE("the file itself refuses what the domain forbids, whatever program writes to it", "[file]")
{
    TestDatabase db;
    Database &database = db->database();
    REQUIRE(database.run(u"INSERT INTO sites (id, name) VALUES (1, 'Ateliers')"_s).ok());
    REQUIRE(database.run(u"INSERT INTO companies (id, name) VALUES (1, 'Praxys')"_s).ok());
    const QString office = u"INSERT INTO offices (site_id, code, area_m2, workstations, kind) VALUES (1, ?, ?, ?, ?)"_s;
    REQUIRE(database.run(office, {u"A01"_s, 24.5, 2, u"private"_s}).ok());
    CHECK_FALSE(database.run(office, {u"A02"_s, 0.0, 2, u"private"_s}).ok());
    CHECK_FALSE(database.run(office, {u"A03"_s, 20.0, 0, u"private"_s}).ok());
    CHECK_FALSE(database.run(office, {u"A04"_s, 20.0, 2, u"villa"_s}).ok());
    CHECK_FALSE(database.run(office, {u"A01"_s, 20.0, 2, u"private"_s}).ok()); // the same code in the same site
    const QString lease = u"INSERT INTO leases (company_id, office_id, type, start_date, end_date, deposit_cents) "
                          "VALUES (?, 1, ?, ?, ?, ?)"_s;
    REQUIRE(database.run(lease, {1, u"precaire"_s, u"2026-01-01"_s, u"2026-12-31"_s, 0}).ok());
    CHECK_FALSE(database.run(lease, {1, u"precaire"_s, u"2026-01-01"_s, u"2025-12-31"_s, 0}).ok());
    CHECK_FALSE(database.run(lease, {1, u"bail"_s, u"2026-01-01"_s, u"2026-12-31"_s, 0}).ok());
    CHECK_FALSE(database.run(lease, {1, u"precaire"_s, u"2026-01-01"_s, u"2026-12-31"_s, -1}).ok());
    CHECK_FALSE(database.run(lease, {2, u"precaire"_s, u"2026-01-01"_s, u"2026-12-31"_s, 0}).ok()); // no company 2
    CHECK_FALSE(database.run(u"INSERT INTO companies (name, siret) VALUES ('PNT', '1234')"_s).ok());
    CHECK(db->offices().size() == 1);
    CHECK(db->leases().size() == 1);
}

TEST_CASE("a new database can be read and written by its owner only", "[file]")
{
    TestDatabase db;
    CHECK((QFile::permissions(db.path()) & everyPermission) == ownerOnly);
    // The log holds the same personal data while the database is open.
    Site site;
    site.name = u"Ateliers"_s;
    REQUIRE(db->addSite(site).ok());
    REQUIRE(QFileInfo::exists(db.path() + u"-wal"_s));
    CHECK((QFile::permissions(db.path() + u"-wal"_s) & everyPermission) == ownerOnly);
}

TEST_CASE("a new database starts with the seven sectors of the Ateliers numériques", "[file]")
{
    TestDatabase db;
    const QList<Sector> sectors = db->sectors();
    REQUIRE(sectors.size() == 7);
    QStringList names;
    for (const Sector &sector : sectors)
        names << sector.name;
    CHECK(names
          == QStringList{u"Document engineering"_s, u"IT services"_s, u"Industrial engineering and maintenance"_s,
                         u"Interactive animation and 3D"_s, u"Multimedia"_s, u"Software publishing"_s,
                         u"Sound and digital imaging"_s});
    CHECK(db->sectorByName(u"IT services"_s)->color == u"#1f77b4"_s);
    CHECK(db->sectorByName(u"Interactive animation and 3D"_s)->color == u"#e377c2"_s);
    QStringList colours;
    for (const Sector &sector : sectors) {
        CHECK_FALSE(sector.archived);
        CHECK(sector.version == 1);
        colours << sector.color;
    }
    colours.removeDuplicates();
    CHECK(colours.size() == 7);
    CHECK(db->sites().isEmpty());
    CHECK(db->companies().isEmpty());
}

TEST_CASE("a missing folder is created for a new database", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"nested/deeper/pepin.db"_s);
    Result<std::unique_ptr<Store>> store = Store::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(store.ok());
    CHECK((*store)->database().wasCreated());
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("a database whose path has spaces, accents and URL characters opens again", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"Pépinière 2026 #1 ?50% & co/données.db"_s);
    {
        Result<std::unique_ptr<Store>> created = Store::open(path, Database::Mode::CreateIfMissing);
        if (!created)
            FAIL(created.error().message().toStdString());
        Site site;
        site.name = u"Ateliers"_s;
        REQUIRE((*created)->addSite(site).ok());
    }
    Result<std::unique_ptr<Store>> reopened = Store::open(path, Database::Mode::OpenExisting);
    if (!reopened)
        FAIL(reopened.error().message().toStdString());
    CHECK((*reopened)->sites().size() == 1);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).contains(u"données.db"_s));
}

TEST_CASE("an empty file becomes a new database when creation is allowed", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"empty.db"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    Result<std::unique_ptr<Store>> store = Store::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(store.ok());
    CHECK((*store)->database().wasCreated());
    CHECK((*store)->sectors().size() == 7);
}

// ---- files that are refused and left alone -----------------------------------------------------

TEST_CASE("a missing database is refused when it must exist, and not created", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    checkRefusedAndUntouched(dir.filePath(u"missing.db"_s), Database::Mode::OpenExisting, u"does not exist"_s);
}

TEST_CASE("an empty file is refused when a database must exist, and left empty", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"empty.db"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    checkRefusedAndUntouched(path, Database::Mode::OpenExisting, u"is empty"_s);
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("a text file is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"not-a-database.csv"_s);
    checkRefusedInEveryMode(path, u"not an SQLite file"_s);
}

TEST_CASE("an SQLite database of another program is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"foreign.sqlite"_s);
    checkRefusedInEveryMode(path, u"another program"_s);
}

TEST_CASE("a Pépin database of a newer version is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"pepin-newer-schema.db"_s);
    checkRefusedInEveryMode(path, u"newer version of Pépin (schema 99; this version reads up to %1)"_s.arg(Database::schemaVersion));
}

TEST_CASE("a newer Pépin database in write-ahead mode is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabase(dir, u"future.db"_s);
    {
        PlainConnection file(path);
        file.exec(u"UPDATE pepin_meta SET value = '99' WHERE key = 'schema_version'"_s);
        REQUIRE(file.scalar(u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    }
    REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));
    checkRefusedInEveryMode(path, u"newer version"_s);
}

TEST_CASE("a file with the SQLite header and nothing sound after it is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"garbage.db"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16));
        file.write(QByteArray(4080, '\x5a'));
    }
    checkRefusedInEveryMode(path, u"left untouched"_s);
}

namespace {

// Overwrites a whole page in the middle of the demo database at `path` with a pattern that is no
// b-tree page: a page of an index (leases by company), which neither the open nor the lists of
// records read.
void damageMiddlePage(const QString &path)
{
    QByteArray bytes = fileBytes(path);
    const int pageSize = 4096;
    REQUIRE(bytes.size() % pageSize == 0);
    const qsizetype pages = bytes.size() / pageSize;
    REQUIRE(pages >= 8);
    const qsizetype middle = pages / 2;
    for (qsizetype i = middle * pageSize; i < (middle + 1) * pageSize; ++i)
        bytes[i] = char(0xA5);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("a Pépin database damaged in the middle is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabase(dir, u"damaged.db"_s);
    damageMiddlePage(path);
    checkRefusedInEveryMode(path, u"damaged"_s);
}

TEST_CASE("a damaged database whose pages are checked beside the reads turns read-only before anything is written",
          "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabase(dir, u"damaged.db"_s);
    damageMiddlePage(path);
    const QByteArray bytesBefore = fileBytes(path);
    {
        Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting, Database::PageCheck::Beside);
        REQUIRE(opened.ok()); // the damage is in pages the open does not read
        Store &store = **opened;
        QStringList found;
        QObject::connect(&store.database(), &Database::foundDamaged, [&](const QString &damage) { found << damage; });
        const auto writeIsRefused = [&] {
            Company company = store.companies().first();
            company.phone = u"03 27 00 00 00"_s;
            const Result<Company> saved = store.updateCompany(company);
            REQUIRE_FALSE(saved.ok());
            INFO(saved.error().message().toStdString());
            CHECK(saved.error().message().contains(u"damaged"_s));
            CHECK(saved.error().message().contains(QDir::toNativeSeparators(path)));
            REQUIRE(found.size() == 1);
        };

        SECTION("its lists read as the application reads them first, then the check started as the window starts it")
        {
            store.readLists();
            // The records themselves are sound, and read; the companies on a connection of their own.
            CHECK(store.companies().size() > 0);
            CHECK(store.leases().size() > 0);
            // The read does not start the check: the window does, once its dashboard is computed.
            QCoreApplication::processEvents();
            CHECK(found.isEmpty());
            store.database().startPageCheck();
            SECTION("the verdict comes by itself")
            {
                REQUIRE(waitFor([&] { return !found.isEmpty(); }));
            }
            SECTION("a write waits for it, and is refused")
            {
                writeIsRefused();
            }
        }
        SECTION("nothing started the check: a write starts it, waits for it and is refused")
        {
            CHECK(store.companies().size() > 0);
            QCoreApplication::processEvents();
            CHECK(found.isEmpty()); // not checked yet
            writeIsRefused();
        }
        CHECK(store.database().isReadOnly());
        CHECK(store.database().damage() == found.first());
        CHECK(store.database().readOnlyReason().contains(found.first()));
        CHECK_FALSE(store.database().damage().isEmpty());
        // Said once.
        QCoreApplication::processEvents();
        CHECK(found.size() == 1);
    }
    CHECK(byteDifference(fileBytes(path), bytesBefore) == QString());
}

TEST_CASE("a sound database whose pages are checked beside the reads is written as usual", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabase(dir, u"sound.db"_s);
    Id changed = 0;
    {
        Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting, Database::PageCheck::Beside);
        REQUIRE(opened.ok());
        Store &store = **opened;
        bool found = false;
        QObject::connect(&store.database(), &Database::foundDamaged, [&] { found = true; });
        Company company = store.companies().first();
        company.phone = u"03 27 00 00 00"_s;
        REQUIRE(store.updateCompany(company).ok());
        changed = company.id;
        QCoreApplication::processEvents();
        CHECK_FALSE(found);
        CHECK_FALSE(store.database().isReadOnly());
        CHECK(store.database().damage().isEmpty());
    }
    // Closed while its pages are being checked: the check stops, nothing waits for it.
    for (int i = 0; i < 5; ++i) {
        Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::OpenExisting, Database::PageCheck::Beside);
        REQUIRE(opened.ok());
        (*opened)->readLists();
        (*opened)->database().startPageCheck();
    }
    Result<std::unique_ptr<Store>> again = Store::open(path, Database::Mode::OpenExisting);
    REQUIRE(again.ok());
    const std::optional<Company> read = (*again)->company(changed);
    REQUIRE(read);
    CHECK(read->phone == u"03 27 00 00 00"_s);
}

TEST_CASE("a truncated Pépin database is refused and left untouched", "[file][refuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabase(dir, u"truncated.db"_s);
    const qint64 size = QFileInfo(path).size();
    const qint64 keep = GENERATE_COPY(size / 2, size / 2 + 1000);
    REQUIRE(QFile::resize(path, keep));
    checkRefusedInEveryMode(path, u"damaged"_s);
}
