// SPDX-License-Identifier: GPL-3.0-or-later
// Files the program cannot write, a full disk, a file removed while open: each is said plainly,
// nothing is damaged, and what was there stays readable.
#include "CatchQt.h"
#include "HelperProcess.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "service/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

constexpr QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions listable = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

// A database of two companies in a folder of its own, closed.
QString smallDatabase(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("small.db"));
    Result<std::unique_ptr<Store>> created = Store::open(db, Database::Mode::CreateIfMissing);
    REQUIRE(created.ok());
    for (const char *name : {"Praxys", "Soleas.Net"}) {
        Company company;
        company.name = QString::fromLatin1(name);
        REQUIRE((*created)->addCompany(company).ok());
    }
    return db;
}

QString integrityOf(Store &store)
{
    Result<QSqlQuery> check = store.database().run(store.database().dialect().integrityCheck());
    REQUIRE(check.ok());
    REQUIRE(check->next());
    return check->value(0).toString();
}

} // namespace

TEST_CASE("a database whose file or folder cannot be written opens read-only, and says why", "[safety][read-only][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = smallDatabase(dir);
    const QByteArray before = fileBytes(db);
    // Another account than the tests' must be able to reach the folder.
    REQUIRE(QFile::setPermissions(dir.path(), listable | QFileDevice::WriteOwner));

    SECTION("the file is read-only")
    {
        giveToOrdinaryUser(dir.path());
        REQUIRE(QFile::setPermissions(db, readable));
        HelperProcess opened(storageHelper(), asOrdinaryUser() << QStringLiteral("open") << db);
        CHECK(opened.finish() == 0);
        const QStringList lines = opened.lines();
        REQUIRE(lines.size() == 3);
        CHECK(lines[0] == QStringLiteral("read-only: the file %1 is read-only").arg(QDir::toNativeSeparators(db)));
        CHECK(lines[1] == QStringLiteral("companies: 2"));
        CHECK(lines[2].startsWith(QStringLiteral("write: Nothing can be changed: %1 is open read-only").arg(db)));
    }
    SECTION("its folder is read-only")
    {
        giveToOrdinaryUser(db);
        REQUIRE(QFile::setPermissions(dir.path(), listable));
        HelperProcess opened(storageHelper(), asOrdinaryUser() << QStringLiteral("open") << db);
        CHECK(opened.finish() == 0);
        const QStringList lines = opened.lines();
        REQUIRE(lines.size() == 3);
        CHECK(lines[0].startsWith(QStringLiteral("read-only: its folder %1 is read-only").arg(QDir::toNativeSeparators(dir.path()))));
        CHECK(lines[1] == QStringLiteral("companies: 2"));
        CHECK(lines[2].contains(QStringLiteral("is open read-only")));
    }
    // Nothing was written, and nothing was left beside it.
    CHECK(byteDifference(fileBytes(db), before) == QString());
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-shm")));
    QFile::setPermissions(dir.path(), listable | QFileDevice::WriteOwner);
    QFile::setPermissions(db, readable | QFileDevice::WriteOwner);
}

TEST_CASE("a database opened for reading only reads everything and writes nothing", "[safety][read-only][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = smallDatabase(dir);
    const QByteArray before = fileBytes(db);

    Result<std::unique_ptr<Store>> opened = Store::open(db, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    Store &store = **opened;
    CHECK(store.database().isReadOnly());
    CHECK(store.database().readOnlyReason() == QStringLiteral("it was opened for reading only"));
    CHECK(store.companies().size() == 2);

    Company praxys = *store.companyByName(QStringLiteral("Praxys"));
    praxys.phone = QStringLiteral("03 27 00 00 01");
    const Result<Company> refused = store.updateCompany(praxys);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message() == QStringLiteral("Nothing can be changed: %1 is open read-only (it was opened for reading only).")
                                           .arg(QDir::toNativeSeparators(db)));
    CHECK(store.database().backupTo(dir.filePath(QStringLiteral("copy.db"))).ok());
    opened = Error(Error::Kind::Storage, QString());
    CHECK(byteDifference(fileBytes(db), before) == QString());

    SECTION("a file of an older version cannot be read before it is updated, which read-only cannot do")
    {
        const QString old = dir.filePath(QStringLiteral("v1.db"));
        REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/pepin-v1.db"), old));
        REQUIRE(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray original = fileBytes(old);
        const Result<std::unique_ptr<Store>> refusedOld = Store::open(old, Database::Mode::ReadOnly);
        REQUIRE_FALSE(refusedOld.ok());
        CHECK(refusedOld.error().message().contains(QStringLiteral("older version of Pépin")));
        CHECK(byteDifference(fileBytes(old), original) == QString());
    }
}

TEST_CASE("a full disk: the change is refused plainly, nothing is damaged, and it goes through once there is room", "[safety][full][file]")
{
    TestDatabase db;
    Company praxys;
    praxys.name = QStringLiteral("Praxys");
    REQUIRE(db->addCompany(praxys).ok());
    // The file may not grow by one page: as a full disk, to the database engine.
    Result<QSqlQuery> pages = db->database().run(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(pages->next());
    const qint64 pageCount = pages->value(0).toLongLong();
    REQUIRE(db->database().run(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount)).ok());

    Company big;
    big.name = QStringLiteral("Technique et Son");
    big.notes = QString(200000, QLatin1Char('n'));
    const Result<Company> refused = db->addCompany(big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Storage);
    CHECK(refused.error().message().contains(QStringLiteral("is full: the change was not saved")));
    CHECK(refused.error().message().contains(QStringLiteral("Free some space")));

    CHECK(integrityOf(db.store()) == QStringLiteral("ok"));
    CHECK(db->companies().size() == 1);
    CHECK_FALSE(db->companyByName(QStringLiteral("Technique et Son")).has_value());

    REQUIRE(db->database().run(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount * 1000)).ok());
    CHECK(db->addCompany(big).ok());
    db.reopen();
    CHECK(integrityOf(db.store()) == QStringLiteral("ok"));
    CHECK(db->companyByName(QStringLiteral("Technique et Son"))->notes.size() == 200000);
}

TEST_CASE("a database file removed or moved while open: the next write says so and writes nothing", "[safety][removed][file]")
{
    TestDatabase db;
    Company praxys;
    praxys.name = QStringLiteral("Praxys");
    REQUIRE(db->addCompany(praxys).ok());
    const QString moved = db.file(QStringLiteral("moved.db"));

    const bool removed = GENERATE(true, false);
    INFO((removed ? "removed" : "moved"));
    if (removed)
        REQUIRE(QFile::remove(db.path()));
    else
        REQUIRE(QFile::rename(db.path(), moved));

    Company next;
    next.name = QStringLiteral("Soleas.Net");
    const Result<Company> refused = db->addCompany(next);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message()
          == QStringLiteral("The database file %1 was moved or deleted while it was open: the change was not saved. If it was "
                            "moved, put it back where it was and open it again (its latest changes wait there, beside it); "
                            "otherwise, restore a backup.")
                 .arg(QDir::toNativeSeparators(db.path())));
    if (!removed) {
        // As the message says: the file put back finds the changes committed before it moved.
        db.close();
        REQUIRE(QFile::rename(moved, db.path()));
        db.reopen();
        CHECK(integrityOf(db.store()) == QStringLiteral("ok"));
        CHECK(db->companies().size() == 1);
    }
}
