// SPDX-License-Identifier: GPL-3.0-or-later
// The managers' and the staff's roles on a PostgreSQL server (storage/ServerRoles.h): what each
// may do, and what a user who may only read sees. Roles belong to the whole test cluster, which
// every test database shares: the users made here have names of their own and are dropped after.
#include "CatchQt.h"

#include "Builders.h"
#include "PlainConnection.h"
#include "TestServer.h"

#include "service/Store.h"
#include "storage/ServerRoles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A new, empty Pépin database on the server, made by the cluster's superuser (who owns its
// tables), dropped with it.
struct OwnedServerDatabase : ServerDatabase
{
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const { return PlainConnection(address).scalar(sql, values); }

    std::unique_ptr<Store> owner = open(Database::Mode::CreateIfMissing);
};

// A login user of the test cluster, with a name no other test program uses, dropped with it
// (after the databases it was given rights on: declare it first).
class ServerUser
{
public:
    explicit ServerUser(const QString &what)
        : name(u"pepin_test_%1_%2"_s.arg(what).arg(QCoreApplication::applicationPid()))
    {
        drop();
        PlainConnection(maintenanceAddress()).exec(u"CREATE ROLE %1 LOGIN"_s.arg(quoted()));
    }
    ~ServerUser() { drop(); }
    ServerUser(const ServerUser &) = delete;
    ServerUser &operator=(const ServerUser &) = delete;

    static QString maintenanceAddress() { return qEnvironmentVariable("PEPIN_TEST_SERVER"); }
    void drop() const
    {
        PlainConnection cluster(maintenanceAddress());
        cluster.exec(u"SET client_min_messages = warning"_s); // not the notice that it was not there
        cluster.exec(u"DROP ROLE IF EXISTS %1"_s.arg(quoted()));
    }
    // Names are the test's own, with odd characters on purpose in one of them.
    QString quoted() const { return u"\"%1\""_s.arg(QString(name).replace(u"\""_s, u"\"\""_s)); }

    const QString name;
};

// What `user` fails with when it runs `sql` on its own connection, past Pépin: the SQLSTATE, or
// empty when the server let it.
QString refusedBy(const QString &address, const QString &sql)
{
    PlainConnection plain(address);
    QSqlQuery query(plain.connection());
    if (query.exec(sql))
        return {};
    return query.lastError().nativeErrorCode();
}

Company companyNamed(const QString &name)
{
    Company company;
    company.name = name;
    return company;
}

qint64 historyCount(const OwnedServerDatabase &server)
{
    return server.scalar(u"SELECT count(*) FROM change_history"_s).toLongLong();
}

} // namespace

TEST_CASE("on a server, the roles are made once and granted again without harm", "[server]")
{
    OwnedServerDatabase server;
    const Result<ServerRoles::Report> first = ServerRoles::initialize(server.owner->database());
    REQUIRE(first);
    CHECK(first->tables.contains(u"companies"_s));
    CHECK(first->tables.contains(u"change_history"_s));
    CHECK_FALSE(first->sequences.isEmpty());
    const Result<ServerRoles::Report> again = ServerRoles::initialize(server.owner->database());
    REQUIRE(again);
    CHECK(again->created.isEmpty());
    CHECK(again->tables == first->tables);

    const auto may = [&server](const QString &role, const QString &table, const QString &privilege) {
        return server.scalar(u"SELECT has_table_privilege(?::name, ?, ?)"_s, {role, table, privilege}).toBool();
    };
    for (const QString &table : first->tables) {
        INFO(table.toStdString());
        CHECK(may(ServerRoles::staff, table, u"SELECT"_s));
        CHECK_FALSE(may(ServerRoles::staff, table, u"INSERT"_s));
        CHECK(may(ServerRoles::managers, table, u"SELECT"_s));
        CHECK_FALSE(may(u"public"_s, table, u"SELECT"_s));
    }
    CHECK(may(ServerRoles::managers, u"companies"_s, u"UPDATE"_s));
    CHECK(may(ServerRoles::managers, u"companies"_s, u"DELETE"_s));
    CHECK(may(ServerRoles::managers, u"change_history"_s, u"INSERT"_s));
    CHECK_FALSE(may(ServerRoles::managers, u"change_history"_s, u"UPDATE"_s));
    CHECK_FALSE(may(ServerRoles::managers, u"change_history"_s, u"DELETE"_s));
    CHECK(may(ServerRoles::managers, u"pepin_meta"_s, u"UPDATE"_s)); // the incubator's name, logo, policies
    CHECK(server.scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {ServerRoles::managers}).toBool() == false);
    CHECK(server.scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {ServerRoles::staff}).toBool() == false);
}

TEST_CASE("on a server, the staff read every record and make reports, and change nothing", "[server]")
{
    ServerUser clerk(u"staff"_s);
    OwnedServerDatabase server;
    Store &owner = *server.owner;
    const Site site = addSite(owner, u"Ateliers numériques"_s);
    const Office office = addOffice(owner, site.id, u"B12"_s);
    const Company praxys = addCompany(owner, u"Praxys"_s);
    addLease(owner, praxys.id, office.id, d("2025-01-01"));

    // Before the roles, the server lets the user read nothing of it (and lists none of its tables).
    const Result<std::unique_ptr<Store>> unknown = server.tryOpenAs(clerk.name);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message().contains(u"does not let %1 read its records (the table"_s.arg(clerk.name)));
    CHECK(unknown.error().message().contains(u"ask its administrator for the staff's role (pepin_staff)"_s));

    const Result<ServerRoles::Report> granted = ServerRoles::initialize(owner.database(), {{}, {clerk.name}});
    REQUIRE(granted);
    REQUIRE(granted->members.size() == 1);
    CHECK(granted->members.first().role == ServerRoles::staff);
    CHECK(granted->members.first().added);
    const qint64 history = historyCount(server);

    const std::unique_ptr<Store> store = server.openAs(clerk.name);
    Database &db = store->database();
    REQUIRE(db.isReadOnly());
    CHECK(db.readOnlyReason()
          == u"the server lets %1 read the records and make reports, not change them; the server's administrator can give %1 "
             "the managers' role, pepin_managers"_s.arg(clerk.name));
    CHECK(store->sectors().size() == owner.sectors().size());
    CHECK(store->sites().size() == 1);
    CHECK(store->offices().size() == 1);
    CHECK(store->companies().size() == 1);
    CHECK(store->leases().size() == 1);
    CHECK(store->applications().isEmpty());
    const Result<QList<AuditEntry>> entries = store->history().entries({});
    REQUIRE(entries);
    CHECK(entries->size() == history);

    const Result<Company> added = store->addCompany(companyNamed(u"Nouvelle"_s));
    REQUIRE_FALSE(added);
    CHECK(added.error().message().contains(u"is open read-only (the server lets %1 read the records"_s.arg(clerk.name)));
    Company renamed = store->companies().first();
    renamed.name = u"Praxys SAS"_s;
    CHECK_FALSE(store->updateCompany(renamed));
    CHECK_FALSE(db.run(u"DELETE FROM sectors"_s));
    // The grants refuse it too, not only Pépin's read-only session.
    CHECK(refusedBy(server.addressOf(clerk.name), u"UPDATE companies SET name = 'x'"_s) == u"42501"_s);
    CHECK(refusedBy(server.addressOf(clerk.name), u"INSERT INTO change_history (at, os_user, program, action, entity) VALUES ('x', 'x', 'x', 'add', 'x')"_s) == u"42501"_s);
    // A member of the staff cannot give rights either.
    const Result<ServerRoles::Report> byClerk = ServerRoles::initialize(db, {{clerk.name}, {}});
    REQUIRE_FALSE(byClerk);
    CHECK(byClerk.error().message().contains(u"Only the owner of the tables of"_s));

    CHECK(server.scalar(u"SELECT count(*) FROM companies"_s).toInt() == 1);
    CHECK(server.scalar(u"SELECT name FROM companies"_s).toString() == u"Praxys"_s);
    CHECK(historyCount(server) == history);
    CHECK(server.scalar(u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                        "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolname = ?"_s,
                        {ServerRoles::managers, clerk.name})
              .toInt()
          == 0);
}

TEST_CASE("on a server, a manager changes the records, and the history records it but cannot be edited", "[server]")
{
    ServerUser anne(u"manager"_s);
    OwnedServerDatabase server;
    REQUIRE(ServerRoles::initialize(server.owner->database(), {{anne.name}, {}}));
    const qint64 history = historyCount(server);

    const std::unique_ptr<Store> store = server.openAs(anne.name);
    Database &db = store->database();
    CHECK_FALSE(db.isReadOnly());
    const Result<Company> added = store->addCompany(companyNamed(u"Praxys"_s));
    REQUIRE(added);
    Company changed = *added;
    changed.phone = u"03 27 00 00 01"_s;
    REQUIRE(store->updateCompany(changed));
    CHECK(server.scalar(u"SELECT phone FROM companies WHERE id = ?"_s, {added->id}).toString() == u"03 27 00 00 01"_s);
    CHECK(historyCount(server) == history + 2);

    const Result<QSqlQuery> edited = db.run(u"UPDATE change_history SET label = 'x'"_s);
    REQUIRE_FALSE(edited);
    CHECK(edited.error().message().contains(u"does not let this user do that"_s));
    CHECK_FALSE(db.run(u"DELETE FROM change_history"_s));
    CHECK(refusedBy(server.addressOf(anne.name), u"UPDATE change_history SET label = 'x'"_s) == u"42501"_s);
    CHECK(historyCount(server) == history + 2);
    // The incubator's name and policies are the managers' to set (Preferences).
    REQUIRE(store->setIdentity({u"Ateliers numériques de Valenciennes"_s, {}}));
    REQUIRE(store->setPersonalDataKeepYears(7));
    CHECK(historyCount(server) == history + 4);

    // Given again, the role changes nothing.
    const Result<ServerRoles::Report> again = ServerRoles::initialize(server.owner->database(), {{anne.name}, {}});
    REQUIRE(again);
    REQUIRE(again->members.size() == 1);
    CHECK_FALSE(again->members.first().added);
}

TEST_CASE("on a server, a user who is not the server's is refused by name, and nothing is granted", "[server]")
{
    ServerUser clerk(u"unknown_staff"_s);
    OwnedServerDatabase server;
    const QString grants = u"SELECT count(*) FROM information_schema.role_table_grants WHERE grantee IN (?, ?)"_s;
    const QVariant rolesBefore =
        server.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?)"_s, {ServerRoles::managers, ServerRoles::staff});
    const QString nobody = u"pepin_test_nobody_%1"_s.arg(QCoreApplication::applicationPid());

    const Result<ServerRoles::Report> refused = ServerRoles::initialize(server.owner->database(), {{nobody}, {clerk.name}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::InvalidInput);
    CHECK(refused.error().message().contains(u"“%1” is not a user of the server"_s.arg(nobody)));
    CHECK(refused.error().problems().first().field == u"manager"_s);
    CHECK(server.scalar(grants, {ServerRoles::managers, ServerRoles::staff}).toInt() == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?)"_s, {ServerRoles::managers, ServerRoles::staff})
          == rolesBefore);
    CHECK(server.scalar(u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"_s,
                        {clerk.name})
              .toInt()
          == 0);

    // A name is quoted, never read as SQL.
    ServerUser odd(u"o\"neil; DROP TABLE companies; --"_s);
    const Result<ServerRoles::Report> quoted = ServerRoles::initialize(server.owner->database(), {{}, {odd.name}});
    REQUIRE(quoted);
    CHECK(server.scalar(u"SELECT pg_has_role(?::name, ?::name, 'MEMBER')"_s, {odd.name, ServerRoles::staff}).toBool());
    CHECK(server.scalar(u"SELECT count(*) FROM companies"_s).toInt() == 0);
}

TEST_CASE("on a server, a database to update is refused to a user who does not own its tables, untouched", "[server]")
{
    ServerUser anne(u"manager_old"_s);
    ServerUser clerk(u"staff_old"_s);
    OwnedServerDatabase server;
    REQUIRE(ServerRoles::initialize(server.owner->database(), {{anne.name}, {clerk.name}}));
    PlainConnection(server.address).exec(u"UPDATE pepin_meta SET value = '4' WHERE key = 'schema_version'"_s);

    for (const QString &user : {anne.name, clerk.name}) {
        INFO(user.toStdString());
        const Result<std::unique_ptr<Store>> opened = server.tryOpenAs(user);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message().contains(u"was written by an older version of Pépin and must be updated, which only "
                                                "the owner of its tables (pepin) may do; it was left untouched"_s));
    }
    CHECK(server.scalar(u"SELECT value FROM pepin_meta WHERE key = 'schema_version'"_s).toString() == u"4"_s);
}

TEST_CASE("a database file has no roles", "[file]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    Result<std::unique_ptr<Store>> store = Store::open(folder.filePath(u"pepin.db"_s), Database::Mode::CreateIfMissing);
    REQUIRE(store);
    const Result<ServerRoles::Report> refused = ServerRoles::initialize((*store)->database(), {{u"anne"_s}, {}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(u"is a file: roles exist on a PostgreSQL server only"_s));
    CHECK_FALSE(ServerRoles::accessOf((*store)->database()));
}
