// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include "CatchQt.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pepin::test {

namespace {

const QString connectionName = QStringLiteral("pepin-test-server");
bool serverRun = false;

QString serverVariable()
{
    return qEnvironmentVariable("PEPIN_TEST_SERVER");
}

// The connection to the server's first database, opened once per test program.
QSqlDatabase maintenance(QString *why = nullptr)
{
    if (QSqlDatabase::contains(connectionName))
        return QSqlDatabase::database(connectionName);
    const Result<ServerAddress> address = ServerAddress::parse(serverVariable());
    if (!address) {
        if (why)
            *why = address.error().message();
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    address->configure(db);
    if (!db.open()) {
        if (why)
            *why = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
    }
    return db;
}

void exec(const QString &sql)
{
    QSqlQuery query(maintenance());
    if (!query.exec(sql))
        FAIL((sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
}

} // namespace

bool onServer()
{
    return serverRun;
}

void setOnServer(bool on)
{
    serverRun = on;
}

QString serverUnavailable()
{
    if (!onServer())
        return {};
    if (serverVariable().isEmpty())
        return QStringLiteral("no PostgreSQL server to test on: PEPIN_TEST_SERVER is not set (scripts/test starts one)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
    QString why;
    if (!maintenance(&why).isOpen())
        return QStringLiteral("the PostgreSQL server at %1 cannot be reached: %2").arg(serverVariable(), why);
    return {};
}

QString createServerDatabase()
{
    static int made = 0;
    const QString name = QStringLiteral("pepin_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    ServerAddress address = *ServerAddress::parse(serverVariable());
    address.database = name;
    return address.url();
}

void dropServerDatabase(const QString &address)
{
    const Result<ServerAddress> parsed = ServerAddress::parse(address);
    if (parsed)
        exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(parsed->database));
}

ServerDatabase::ServerDatabase()
    : address(createServerDatabase())
{
}

ServerDatabase::~ServerDatabase()
{
    dropServerDatabase(address);
}

QString ServerDatabase::addressOf(const QString &user) const
{
    if (user.isEmpty())
        return address;
    ServerAddress other = *ServerAddress::parse(address);
    other.user = user;
    return other.url();
}

Result<std::unique_ptr<Store>> ServerDatabase::tryOpenAs(const QString &user, Database::Mode mode) const
{
    return Store::open(addressOf(user), mode);
}

std::unique_ptr<Store> ServerDatabase::openAs(const QString &user, Database::Mode mode) const
{
    Result<std::unique_ptr<Store>> store = tryOpenAs(user, mode);
    if (!store)
        FAIL(store.error().message().toStdString());
    return std::move(store).value();
}

SharedDatabase::SharedDatabase(const QString &fileName)
    : m_fileName(fileName)
    , m_server(onServer() ? std::make_unique<ServerDatabase>() : nullptr)
{
    REQUIRE(m_dir.isValid());
}

} // namespace pepin::test
