// SPDX-License-Identifier: GPL-3.0-or-later
// Backups made by the engine, one a day and rotated, and restores that keep what they replace.
#include "CatchQt.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

constexpr QFileDevice::Permissions everyPermission = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QDate today(2026, 11, 29);

Company company(const QString &name)
{
    Company record;
    record.name = name;
    return record;
}

QStringList companyNames(const QString &path)
{
    PlainConnection file(path);
    QSqlQuery query(file.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM companies ORDER BY name")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("a backup is a consistent copy made by the engine, readable by its owner only", "[safety][backup][file]")
{
    TestDatabase db;
    REQUIRE(db->addCompany(company(QStringLiteral("Praxys"))).ok());
    const QString target = db.file(QStringLiteral("copy.db"));

    SECTION("while another connection is in the middle of a write, the copy holds what was committed")
    {
        Result<std::unique_ptr<Store>> other = Store::open(db.path(), Database::Mode::OpenExisting);
        REQUIRE(other.ok());
        Database::Transaction writing((*other)->database());
        REQUIRE(writing.ok());
        REQUIRE((*other)->addCompany(company(QStringLiteral("Uncommitted"))).ok());

        REQUIRE(db->database().backupTo(target).ok());
        CHECK(companyNames(target) == QStringList{QStringLiteral("Praxys")});
    }
    SECTION("it is a Pépin database of this version, sound, and nothing is left half written")
    {
        REQUIRE(db->database().backupTo(target).ok());
        const Database::FileState state = Database::examine(target);
        CHECK(state.kind == Database::FileState::Kind::Pepin);
        CHECK(state.version == Database::schemaVersion);
        CHECK((QFile::permissions(target) & everyPermission) == ownerOnly);
        CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    }
    SECTION("an existing file is never replaced")
    {
        {
            QFile existing(target);
            REQUIRE(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        const Status refused = db->database().backupTo(target);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("already exists")));
        CHECK(fileBytes(target) == QByteArray("keep me"));
    }
}

TEST_CASE("one backup a day, the oldest past the number to keep removed", "[safety][backup][file]")
{
    TestDatabase db;
    REQUIRE(db->addCompany(company(QStringLiteral("Praxys"))).ok());
    const Backups backups(db.path());
    CHECK(backups.folder() == db.file(QStringLiteral("pepin.db.backups")));

    const Result<QString> first = backups.makeDaily(db->database(), today, 3);
    REQUIRE(first.ok());
    CHECK(*first == db.file(QStringLiteral("pepin.db.backups/pepin-2026-11-29.db")));
    CHECK((QFile::permissions(backups.folder()) & everyPermission) == (ownerOnly | QFileDevice::ExeOwner));
    CHECK((QFile::permissions(*first) & everyPermission) == ownerOnly);

    // Opened again the same day: the day has its backup already.
    REQUIRE(db->addCompany(company(QStringLiteral("Soleas.Net"))).ok());
    const Result<QString> again = backups.makeDaily(db->database(), today, 3);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(companyNames(*first) == QStringList{QStringLiteral("Praxys")});

    // A backup made before an update is not one of the daily ones: it is never rotated away.
    REQUIRE(backups.make(db->database(), Backups::Kind::BeforeRestore).ok());
    for (int day = 1; day <= 4; ++day)
        REQUIRE(backups.makeDaily(db->database(), today.addDays(day), 3).ok());
    QStringList daily;
    int others = 0;
    for (const Backups::Entry &entry : backups.list()) {
        if (entry.kind == Backups::Kind::Daily)
            daily << QFileInfo(entry.path).fileName();
        else
            ++others;
    }
    daily.sort();
    CHECK(daily == QStringList{QStringLiteral("pepin-2026-12-01.db"), QStringLiteral("pepin-2026-12-02.db"),
                               QStringLiteral("pepin-2026-12-03.db")});
    CHECK(others == 1);

    SECTION("none at all when the number to keep is 0")
    {
        const Result<QString> none = backups.makeDaily(db->database(), today.addDays(10), 0);
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
        CHECK_FALSE(QFileInfo::exists(backups.dailyPath(today.addDays(10))));
    }
}

TEST_CASE("the list of backups says what each is, newest first, and leaves other files out", "[safety][backup][file]")
{
    TestDatabase db;
    const Backups backups(db.path());
    REQUIRE(backups.makeDaily(db->database(), today, 7).ok());
    const Result<QString> beforeRestore = backups.make(db->database(), Backups::Kind::BeforeRestore);
    REQUIRE(beforeRestore.ok());
    // The older one first in time, whatever the names say.
    QFile(backups.dailyPath(today)).setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime);
    for (const char *stray : {"notes.txt", "other-2026-11-29.db", "pepin-2026-11-29.db.part", ".restoring-1.db"}) {
        QFile file(QDir(backups.folder()).filePath(QString::fromLatin1(stray)));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }

    const QList<Backups::Entry> entries = backups.list();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].path == *beforeRestore);
    CHECK(entries[0].kind == Backups::Kind::BeforeRestore);
    CHECK(entries[1].kind == Backups::Kind::Daily);
    CHECK(entries[1].made < entries[0].made);
    CHECK(entries[1].bytes == QFileInfo(backups.dailyPath(today)).size());
    CHECK(entries[1].bytes > 0);
}

TEST_CASE("a restore puts the backup's data in place and keeps what it replaced", "[safety][restore][file]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(today)).ok());
    const QString backup = db.file(QStringLiteral("monday.db"));
    REQUIRE(db->database().backupTo(backup).ok());
    const QStringList atBackup = companyNames(backup);

    // Work done since: a company added, another changed, a lease removed.
    REQUIRE(db->addCompany(company(QStringLiteral("Added since"))).ok());
    Company praxys = *db->companyByName(QStringLiteral("Praxys"));
    const QString phoneAtBackup = praxys.phone;
    praxys.phone = QStringLiteral("03 27 00 00 01");
    REQUIRE(db->updateCompany(praxys).ok());
    const qsizetype leases = db->leases().size();
    REQUIRE(db->removeLease(db->leases().last().id).ok());

    // Another program has the database open meanwhile.
    Result<std::unique_ptr<Store>> other = Store::open(db.path(), Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    REQUIRE((*other)->companies().size() == atBackup.size() + 1);

    const Result<Backups::Restored> restored = Backups::restore(db->database(), backup);
    if (!restored)
        FAIL(restored.error().message().toStdString());
    CHECK(restored->backupVersion == Database::schemaVersion);
    CHECK(companyNames(db.path()) == atBackup);
    CHECK(db->leases().size() == leases);
    CHECK(db->companyByName(QStringLiteral("Praxys"))->phone == phoneAtBackup);
    // The other program sees the restored data at its next read.
    CHECK((*other)->companies().size() == atBackup.size());

    // What was replaced is a backup of its own, listed as such.
    REQUIRE_FALSE(restored->keptAs.isEmpty());
    CHECK(companyNames(restored->keptAs).contains(QStringLiteral("Added since")));
    const QList<Backups::Entry> entries = Backups(db.path()).list();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().kind == Backups::Kind::BeforeRestore);
    CHECK(entries.first().path == restored->keptAs);
    CHECK(QDir(Backups(db.path()).folder()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    // The restored database is an ordinary one, checked by the rules as ever.
    db.reopen();
    Result<QSqlQuery> check = db->database().run(QStringLiteral("PRAGMA foreign_key_check"));
    REQUIRE(check.ok());
    CHECK_FALSE(check->next());
    CHECK(db->addCompany(company(QStringLiteral("After the restore"))).ok());
}

TEST_CASE("a backup of an older version is restored updated, and left as it was", "[safety][restore][migration][file]")
{
    TestDatabase db;
    REQUIRE(db->addCompany(company(QStringLiteral("Today's company"))).ok());
    const QString backup = db.file(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/pepin-v1.db"), backup));
    REQUIRE(QFile::setPermissions(backup, ownerOnly));
    const QByteArray original = fileBytes(backup);

    const Result<Backups::Restored> restored = Backups::restore(db->database(), backup);
    if (!restored)
        FAIL(restored.error().message().toStdString());
    CHECK(restored->backupVersion == 1);
    CHECK(byteDifference(fileBytes(backup), original) == QString());
    db.reopen();
    CHECK(db->database().fileSchemaVersionBeforeOpen() == Database::schemaVersion);
    CHECK(db->companyByName(QStringLiteral("Praxys")).has_value());
    CHECK_FALSE(db->companyByName(QStringLiteral("Today's company")).has_value());
}

TEST_CASE("a file that is not a sound Pépin database of this version or older is never restored", "[safety][restore][file]")
{
    TestDatabase db;
    REQUIRE(db->addCompany(company(QStringLiteral("Praxys"))).ok());
    const QByteArray before = fileBytes(db.path());

    const auto [file, expected] = GENERATE(table<const char *, const char *>({
        {"not-a-database.csv", "it is not an SQLite file"},
        {"foreign.sqlite", "another program"},
        {"pepin-newer-schema.db", "newer version of Pépin"},
        {"missing.db", "does not exist"},
    }));
    const QString path = QStringLiteral(PEPIN_TEST_DATA "/") + QString::fromLatin1(file);
    INFO(file);
    const Result<Backups::Restored> refused = Backups::restore(db->database(), path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::InvalidInput);
    CHECK(refused.error().problems().first().message == QStringLiteral("Nothing was restored."));
    CHECK(refused.error().message().contains(QString::fromUtf8(expected)));
    CHECK(db->companies().size() == 1);
    CHECK(Backups(db.path()).list().isEmpty());

    SECTION("nor is the database itself")
    {
        const Result<Backups::Restored> itself = Backups::restore(db->database(), db.path());
        REQUIRE_FALSE(itself.ok());
        CHECK(itself.error().message().contains(QStringLiteral("is the database itself")));
    }
}

TEST_CASE("restoring into a missing or damaged file, as pepin-cli restore does", "[safety][restore][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    {
        Result<std::unique_ptr<Store>> source = Store::open(backup, Database::Mode::CreateIfMissing);
        REQUIRE(source.ok());
        REQUIRE((*source)->addCompany(company(QStringLiteral("Praxys"))).ok());
    }
    const QString target = dir.filePath(QStringLiteral("target.db"));

    SECTION("a missing file is created from the backup, readable by its owner only")
    {
        const Result<Backups::Restored> restored = Backups::restoreFile(target, backup);
        REQUIRE(restored.ok());
        CHECK(restored->keptAs.isEmpty());
        CHECK(companyNames(target) == QStringList{QStringLiteral("Praxys")});
        CHECK((QFile::permissions(target) & everyPermission) == ownerOnly);
    }
    SECTION("a damaged file is moved among the backups, as it was, and replaced")
    {
        QByteArray damaged("SQLite format 3");
        damaged += '\0';
        damaged += QByteArray(8192, char(0xA5));
        {
            QFile file(target);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        const Result<Backups::Restored> restored = Backups::restoreFile(target, backup);
        if (!restored)
            FAIL(restored.error().message().toStdString());
        CHECK(QFileInfo(restored->keptAs).fileName().endsWith(QStringLiteral("-damaged.db")));
        CHECK(fileBytes(restored->keptAs) == damaged);
        CHECK(companyNames(target) == QStringList{QStringLiteral("Praxys")});
        // A damaged file is kept, but it is no backup to restore.
        CHECK(Backups(target).list().isEmpty());
    }
    SECTION("another program's file is refused and left untouched")
    {
        REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/foreign.sqlite"), target));
        const QByteArray before = fileBytes(target);
        const Result<Backups::Restored> refused = Backups::restoreFile(target, backup);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == Error::Kind::Storage);
        CHECK(refused.error().message().contains(QStringLiteral("another program")));
        CHECK(fileBytes(target) == before);
    }
}
