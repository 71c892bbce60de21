// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one database (the application and pepin-cli, or two of either), a file or, on
// the server's pass, a server's: reads go on while the other writes, a second writer waits for
// the first instead of failing, and an edit made from data the other program changed since is
// refused, naming the record, instead of overwriting it.
#include "CatchQt.h"
#include "HelperProcess.h"
#include "PlainConnection.h"
#include "TestServer.h"

#include "service/Store.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;

namespace {

// The demo incubator, made by pepin-cli as a user would.
QString demoDatabase(const SharedDatabase &shared)
{
    const QString db = shared.location();
    HelperProcess init(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-11-29"),
                                      QStringLiteral("init"), QStringLiteral("--demo")});
    REQUIRE(init.finish() == 0);
    return db;
}

QString phoneOf(const QString &db, const QString &company)
{
    PlainConnection file(db);
    return file.scalar(QStringLiteral("SELECT phone FROM companies WHERE name = ?"), {company}).toString();
}

} // namespace

TEST_CASE("while one program writes, another reads, and a second writer waits its turn", "[safety][concurrency]")
{
    const SharedDatabase shared(QStringLiteral("shared.db"));
    const QString db = demoDatabase(shared);

    HelperProcess writer(storageHelper(), {QStringLiteral("hold"), db});
    REQUIRE(writer.nextLine() == QStringLiteral("holding"));

    // Reads are not blocked by the write under way, and do not see it before it is committed.
    HelperProcess reader(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("companies")});
    REQUIRE(reader.finish() == 0);
    const QString listed = reader.lines().join(QLatin1Char('\n'));
    CHECK(listed.contains(QStringLiteral("Praxys")));
    CHECK_FALSE(listed.contains(QStringLiteral("Held")));

    // A second write waits for the first (it would fail with "database is locked" without the
    // busy timeout), and goes through once the first is committed.
    HelperProcess second(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("company"),
                                        QStringLiteral("--name"), QStringLiteral("Waiter")});
    CHECK(second.stillRunningAfter(1000));
    writer.send(QString());
    CHECK(writer.nextLine() == QStringLiteral("committed"));
    CHECK(writer.finish() == 0);
    CHECK(second.finish() == 0);

    PlainConnection file(db);
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM companies WHERE name IN ('Held', 'Waiter')")).toInt() == 2);
}

TEST_CASE("an edit made from data another program changed since is refused, naming the record", "[safety][concurrency][stale]")
{
    const SharedDatabase shared(QStringLiteral("shared.db"));
    const QString db = demoDatabase(shared);

    SECTION("pepin-cli changes the company between the read and the write")
    {
        HelperProcess editor(storageHelper(), {QStringLiteral("stale"), db, QStringLiteral("Praxys"), QStringLiteral("03 27 00 00 01")});
        REQUIRE(editor.nextLine() == QStringLiteral("read"));

        HelperProcess other(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("company"),
                                           QStringLiteral("--company"), QStringLiteral("Praxys"), QStringLiteral("--phone"),
                                           QStringLiteral("03 27 99 99 99")});
        REQUIRE(other.finish() == 0);

        editor.send(QString());
        const QString answer = editor.nextLine();
        CHECK(answer.startsWith(QLatin1String("refused: ")));
        CHECK(answer.contains(QStringLiteral("The company Praxys")));
        CHECK(answer.contains(QStringLiteral("nothing was overwritten")));
        CHECK(editor.finish() == 2);
        CHECK(phoneOf(db, QStringLiteral("Praxys")) == QStringLiteral("03 27 99 99 99"));
    }
    SECTION("nobody else changes it: the edit is saved")
    {
        HelperProcess editor(storageHelper(), {QStringLiteral("stale"), db, QStringLiteral("Praxys"), QStringLiteral("03 27 00 00 01")});
        REQUIRE(editor.nextLine() == QStringLiteral("read"));
        // Another program changing another company is no conflict.
        HelperProcess other(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("company"),
                                           QStringLiteral("--company"), QStringLiteral("PNT"), QStringLiteral("--phone"),
                                           QStringLiteral("03 27 99 99 99")});
        REQUIRE(other.finish() == 0);
        editor.send(QString());
        CHECK(editor.nextLine() == QStringLiteral("saved"));
        CHECK(editor.finish() == 0);
        CHECK(phoneOf(db, QStringLiteral("Praxys")) == QStringLiteral("03 27 00 00 01"));
    }
}

// On a server: ServerDatabaseTest's case of a second writer told the database is busy.
TEST_CASE("a writer kept waiting past the busy timeout is told so, and nothing is written", "[safety][concurrency][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("busy.db"));
    Result<std::unique_ptr<Store>> first = Store::open(db, Database::Mode::CreateIfMissing);
    REQUIRE(first.ok());
    Result<std::unique_ptr<Store>> second = Store::open(db, Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    // A short wait, so that the test does not sit out the real one.
    REQUIRE((*second)->database().run(QStringLiteral("PRAGMA busy_timeout = 50")).ok());

    Database::Transaction holding((*first)->database());
    REQUIRE(holding.ok());
    Company mine;
    mine.name = QStringLiteral("Mine");
    REQUIRE((*first)->addCompany(mine).ok());

    Company theirs;
    theirs.name = QStringLiteral("Theirs");
    const Result<Company> refused = (*second)->addCompany(theirs);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Storage);
    CHECK(refused.error().message().contains(QStringLiteral("is busy: another program has been writing to it")));
    CHECK(refused.error().message().contains(QStringLiteral("Nothing was changed")));

    REQUIRE(holding.commit().ok());
    CHECK((*second)->addCompany(theirs).ok());
    CHECK((*second)->companyByName(QStringLiteral("Mine")).has_value());
}

TEST_CASE("a file the application has open stays its own while other programs come and go",
          "[safety][concurrency][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("held.db"));
    HelperProcess init(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-11-29"),
                                      QStringLiteral("init"), QStringLiteral("--demo")});
    REQUIRE(init.finish() == 0);

    Result<std::unique_ptr<Store>> opened = Store::open(db, Database::Mode::OpenExisting, Database::PageCheck::Beside);
    REQUIRE(opened.ok());
    Store &store = **opened;
    std::unique_ptr<Store> again;
    SECTION("its lists read on two connections, then its pages checked on a third, all of them closed")
    {
        store.readLists();
        store.database().awaitPageCheck();
    }
    SECTION("opened a second time, as after a restore, which examines the file first")
    {
        Result<std::unique_ptr<Store>> reopened = Store::open(db, Database::Mode::OpenExisting);
        REQUIRE(reopened.ok());
        again = std::move(reopened).value();
    }
    const QString log = db + QStringLiteral("-wal");
    REQUIRE(QFileInfo::exists(log));

    // Another program opens the file and closes it. Had this process lost its locks on the file (a
    // descriptor of it closed outside the engine), the other would take itself for the last one to
    // close it, and fold the log into the file and delete it under this one.
    HelperProcess reader(cliProgram(), {QStringLiteral("--db"), db, QStringLiteral("companies")});
    REQUIRE(reader.finish() == 0);
    CHECK(QFileInfo::exists(log));

    Company company = *store.companyByName(QStringLiteral("Praxys"));
    company.phone = QStringLiteral("03 27 00 00 07");
    REQUIRE(store.updateCompany(company).ok());
    CHECK(phoneOf(db, QStringLiteral("Praxys")) == QStringLiteral("03 27 00 00 07"));
}
