// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainConnection.h"

#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"

#include "CatchQt.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pepin::test {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("test-plain-connection-%1").arg(++counter);
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    // PostgreSQL prepares only queries and data changes.
    if (values.isEmpty() && db.driverName() == QLatin1String("QPSQL")) {
        if (!query.exec(sql))
            FAIL(query.lastError().text().toStdString());
        return query;
    }
    if (!query.prepare(sql))
        FAIL(query.lastError().text().toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        FAIL(query.lastError().text().toStdString());
    return query;
}

} // namespace

PlainConnection::PlainConnection(const QString &location)
    : m_name(nextConnectionName())
{
    QSqlDatabase db;
    if (ServerAddress::isServerLocation(location)) {
        const Result<ServerAddress> address = ServerAddress::parse(location);
        if (!address)
            FAIL(address.error().message().toStdString());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        address->configure(db);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(location);
    }
    if (!db.open())
        FAIL(db.lastError().text().toStdString());
}

PlainConnection::~PlainConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase PlainConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

void PlainConnection::exec(const QString &sql, const QVariantList &values)
{
    prepared(connection(), sql, values);
}

QVariant PlainConnection::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepared(connection(), sql, values);
    INFO(sql.toStdString());
    REQUIRE(query.next());
    return query.value(0);
}

bool PlainConnection::isOnServer() const
{
    return connection().driverName() == QLatin1String("QPSQL");
}

SqlDialect PlainConnection::dialect() const
{
    return SqlDialect(isOnServer() ? SqlDialect::Engine::PostgreSQL : SqlDialect::Engine::SQLite);
}

QString PlainConnection::integrityVerdict()
{
    return scalar(dialect().integrityCheck()).toString();
}

QStringList PlainConnection::tables()
{
    QSqlQuery query = prepared(connection(), dialect().tables(), {});
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void PlainConnection::execScript(const QString &script)
{
    for (const QString &statement : sqlStatements(script))
        exec(statement);
}

QStringList sqlStatements(const QString &script)
{
    return SqlDialect::statements(script);
}

QString textOf(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace pepin::test
