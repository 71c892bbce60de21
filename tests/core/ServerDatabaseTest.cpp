// SPDX-License-Identifier: GPL-3.0-or-later
// What is particular to a database on a PostgreSQL server: what it may hold before Pépin uses
// it, its migrations, read-only sessions, and two programs writing at once. Run on the server
// only ([server]); everything else runs on both engines.
#include "CatchQt.h"

#include "Builders.h"
#include "PlainConnection.h"
#include "TestServer.h"

#include "service/Store.h"
#include "storage/SqlDialect.h"

#include <QElapsedTimer>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString refusal(const ServerDatabase &server, Database::Mode mode)
{
    Result<std::unique_ptr<Store>> store = server.tryOpenAs(QString(), mode);
    REQUIRE_FALSE(store);
    CHECK(store.error().kind() == Error::Kind::Storage);
    return store.error().message();
}

Company companyNamed(const QString &name)
{
    Company company;
    company.name = name;
    return company;
}

} // namespace

TEST_CASE("an empty server database becomes a Pépin database only when creation is allowed", "[server]")
{
    ServerDatabase server;
    const QString refused = refusal(server, Database::Mode::OpenExisting);
    CHECK(refused.contains(u"holds no Pépin database yet"_s));
    CHECK(PlainConnection(server.address).tables().isEmpty());

    {
        const std::unique_ptr<Store> store = server.open(Database::Mode::CreateIfMissing);
        CHECK(store->database().wasCreated());
        CHECK(store->database().isOnServer());
        CHECK(store->sectors().size() == 7);
    }
    const std::unique_ptr<Store> again = server.open(Database::Mode::OpenExisting);
    CHECK_FALSE(again->database().wasCreated());
    CHECK(again->sectors().size() == 7);
    CHECK(PlainConnection(server.address).tables().contains(u"change_history"_s));
}

TEST_CASE("a server database that holds another program's tables is refused and left untouched", "[server]")
{
    ServerDatabase server;
    {
        PlainConnection other(server.address);
        other.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"_s);
        other.exec(u"INSERT INTO invoices VALUES (1, 1200)"_s);
    }
    CHECK(refusal(server, Database::Mode::CreateIfMissing).contains(u"holds the tables of another program"_s));
    PlainConnection other(server.address);
    CHECK(other.tables() == QStringList{u"invoices"_s});
    CHECK(other.scalar(u"SELECT total FROM invoices"_s).toInt() == 1200);
}

TEST_CASE("a Pépin database of a newer version on a server is refused and left untouched", "[server]")
{
    ServerDatabase server;
    (void)server.open(Database::Mode::CreateIfMissing);
    PlainConnection(server.address).exec(u"UPDATE pepin_meta SET value = '99' WHERE key = 'schema_version'"_s);
    CHECK(refusal(server, Database::Mode::OpenExisting).contains(u"newer version of Pépin (schema 99"_s));
    CHECK(PlainConnection(server.address).scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString()
          == u"99"_s);
}

TEST_CASE("a server database of the first version is brought up to date with its data", "[server]")
{
    ServerDatabase server;
    {
        PlainConnection first(server.address);
        first.execScript(SqlDialect(SqlDialect::Engine::PostgreSQL).expandSchema(textOf(u":/pepin/schema/001_base.sql"_s)));
        first.exec(u"INSERT INTO pepin_meta (key, value) VALUES ('application', 'pepin'), ('schema_version', '1')"_s);
        first.exec(u"INSERT INTO sectors (name, color) VALUES ('Multimedia', '#2ca02c')"_s);
        first.exec(u"INSERT INTO sites (name, address) VALUES ('Ateliers numériques de Valenciennes', 'Valenciennes')"_s);
        first.exec(u"INSERT INTO companies (name, siret, created_on, contact) "
                   "VALUES ('PNT', '44306184100047', '2022-09-01', 'Thomas Moreau')"_s);
    }
    const std::unique_ptr<Store> store = server.open(Database::Mode::OpenExisting);
    CHECK(store->database().fileSchemaVersionBeforeOpen() == 1);
    CHECK(store->database().migrationBackupPath().isEmpty()); // the server keeps its own backups
    REQUIRE(store->companies().size() == 1);
    CHECK(store->companies().first().name == u"PNT"_s);
    CHECK(store->companyByName(u"pnt"_s)); // the match keys of schema 3 were filled
    CHECK(store->sites().first().name == u"Ateliers numériques de Valenciennes"_s);
    // The next records follow those already there.
    const Company added = addCompany(*store, u"Praxys"_s);
    CHECK(added.id > store->companyByName(u"pnt"_s)->id);
    CHECK(PlainConnection(server.address).scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toInt()
          == Database::schemaVersion);
}

TEST_CASE("a read-only session on a server refuses every write, and the server refuses them too", "[server]")
{
    ServerDatabase server;
    (void)server.open(Database::Mode::CreateIfMissing);
    const std::unique_ptr<Store> store = server.open(Database::Mode::ReadOnly);
    CHECK(store->database().isReadOnly());
    const Result<Company> added = store->addCompany(companyNamed(u"Praxys"_s));
    REQUIRE_FALSE(added);
    CHECK(added.error().message().contains(u"is open read-only"_s));
    Result<QSqlQuery> written = store->database().run(u"DELETE FROM sectors"_s);
    REQUIRE_FALSE(written);
    CHECK(written.error().message().contains(u"is open for reading only: the change was not saved"_s));
    CHECK(store->sectors().size() == 7);
}

TEST_CASE("on a server, a write waits for another program's write, then says the database is busy", "[server]")
{
    ServerDatabase server;
    const std::unique_ptr<Store> first = server.open(Database::Mode::CreateIfMissing);
    const std::unique_ptr<Store> second = server.open(Database::Mode::OpenExisting);
    QElapsedTimer waited;
    {
        Database::Transaction writing(first->database());
        REQUIRE(writing.ok());
        waited.start();
        const Result<Company> blocked = second->addCompany(companyNamed(u"Praxys"_s));
        REQUIRE_FALSE(blocked);
        CHECK(waited.elapsed() >= Database::busyTimeoutMs - 100);
        CHECK(blocked.error().message().contains(u"is busy"_s));
        REQUIRE(writing.commit());
    }
    // Once the first is done, the second writes.
    CHECK(second->addCompany(companyNamed(u"Praxys"_s)));
    CHECK(first->companies().size() == 1);
}

TEST_CASE("on a server, an edit made from stale data is refused and names the change that came first", "[server]")
{
    ServerDatabase server;
    const std::unique_ptr<Store> manager = server.open(Database::Mode::CreateIfMissing);
    const std::unique_ptr<Store> colleague = server.open(Database::Mode::OpenExisting);
    const Company praxys = addCompany(*manager, u"Praxys"_s);

    Company theirs = *colleague->company(praxys.id);
    Company mine = *manager->company(praxys.id);
    theirs.phone = u"03 27 00 00 01"_s;
    REQUIRE(colleague->updateCompany(theirs));
    mine.phone = u"03 27 00 00 02"_s;
    const Result<Company> stale = manager->updateCompany(mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind() == Error::Kind::Stale);
    INFO(stale.error().message().toStdString());
    CHECK(stale.error().message().contains(u"The last change came from %1 with pepin-tests, on "_s.arg(AuditLog::currentUser())));
    CHECK(manager->company(praxys.id)->phone == u"03 27 00 00 01"_s); // nothing overwritten
}

namespace {

// Every change a database announced, as its own or another connection's.
struct Heard
{
    explicit Heard(Database &db)
    {
        QObject::connect(&db, &Database::changed, &db, [this](const QList<Change> &changes) { all << changes; });
        QObject::connect(&db, &Database::changedElsewhere, &db, [this](const QList<Change> &changes) { elsewhere << changes; });
    }
    QList<QList<Change>> all;
    QList<QList<Change>> elsewhere;
};

} // namespace

TEST_CASE("on a server, the other desks hear of a change when it commits, and only if it does", "[server]")
{
    ServerDatabase server;
    const std::unique_ptr<Store> manager = server.open(Database::Mode::CreateIfMissing);
    const std::unique_ptr<Store> colleague = server.open(Database::Mode::OpenExisting);
    const std::unique_ptr<Store> reader = server.open(Database::Mode::ReadOnly);
    Heard byManager(manager->database());
    Heard byColleague(colleague->database());
    Heard byReader(reader->database());

    Id praxysId = 0;
    {
        Database::Transaction transaction(manager->database());
        praxysId = addCompany(*manager, u"Praxys"_s).id;
        // Not committed yet: nothing is said.
        CHECK_FALSE(waitFor([&] { return !byColleague.all.isEmpty(); }, 300));
        REQUIRE(transaction.commit());
    }
    REQUIRE(waitFor([&] { return !byColleague.all.isEmpty() && !byReader.all.isEmpty(); }));
    REQUIRE(byColleague.all.size() == 1);
    REQUIRE(byColleague.all.first().size() == 1);
    CHECK(byColleague.all.first().first().entity == Entity::Company);
    CHECK(byColleague.all.first().first().id == praxysId);
    CHECK(byColleague.elsewhere == byColleague.all);
    CHECK(byReader.elsewhere.size() == 1);
    // The manager's own commit is announced once, as its own.
    CHECK(byManager.all.size() == 1);
    CHECK(byManager.elsewhere.isEmpty());
    // What the colleague reads then is the new record.
    CHECK(colleague->company(praxysId).has_value());

    SECTION("a change undone is never announced")
    {
        {
            Database::Transaction transaction(manager->database());
            addCompany(*manager, u"Fablab"_s);
        } // left without commit: rolled back
        CHECK_FALSE(waitFor([&] { return byColleague.all.size() > 1; }, 500));
        CHECK_FALSE(colleague->companyByName(u"Fablab"_s).has_value());
    }
    SECTION("a colleague's change reaches the manager the same way")
    {
        Company praxys = *colleague->company(praxysId);
        praxys.phone = u"03 27 00 00 01"_s;
        REQUIRE(colleague->updateCompany(praxys));
        REQUIRE(waitFor([&] { return !byManager.elsewhere.isEmpty(); }));
        CHECK(byManager.elsewhere.first().first().id == praxysId);
        CHECK(manager->company(praxysId)->phone == u"03 27 00 00 01"_s);
    }
}

TEST_CASE("a server that wants a password says so, and takes the one given", "[server]")
{
    ServerDatabase server;
    server.open(Database::Mode::CreateIfMissing);
    // What the user running the tests may have set would answer for them.
    const QByteArray kept = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    ServerAddress address = *ServerAddress::parse(server.address);
    address.user = QString::fromLatin1(passwordUser);

    Result<std::unique_ptr<Store>> none = Store::open(address.url(), Database::Mode::OpenExisting);
    REQUIRE_FALSE(none);
    CHECK(none.error().kind() == Error::Kind::Credentials);
    CHECK(none.error().message().contains(u"wants a password, and none was found in ~/.pgpass"_s));

    address.password = u"not-the-password"_s;
    Result<std::unique_ptr<Store>> wrong = Store::open(address.url(ServerAddress::Password::Included), Database::Mode::OpenExisting);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind() == Error::Kind::Credentials);
    CHECK(wrong.error().message().contains(u"refused the password given"_s));
    CHECK_FALSE(wrong.error().message().contains(u"not-the-password"_s));

    address.password = QString::fromLatin1(passwordOfPasswordUser);
    Result<std::unique_ptr<Store>> right = Store::open(address.url(ServerAddress::Password::Included), Database::Mode::OpenExisting);
    REQUIRE(right);
    CHECK((*right)->database().path() == address.url()); // kept without it
    CHECK_FALSE((*right)->database().shown().contains(address.password));
    if (!kept.isNull())
        qputenv("PGPASSWORD", kept);
}
