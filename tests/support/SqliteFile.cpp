// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFile.h"

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
    return QStringLiteral("test-sqlite-file-%1").arg(++counter);
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    if (!query.prepare(sql))
        FAIL(query.lastError().text().toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        FAIL(query.lastError().text().toStdString());
    return query;
}

} // namespace

SqliteFile::SqliteFile(const QString &path)
    : m_name(nextConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        FAIL(db.lastError().text().toStdString());
}

SqliteFile::~SqliteFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqliteFile::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

void SqliteFile::exec(const QString &sql, const QVariantList &values)
{
    prepared(connection(), sql, values);
}

QVariant SqliteFile::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepared(connection(), sql, values);
    INFO(sql.toStdString());
    REQUIRE(query.next());
    return query.value(0);
}

void SqliteFile::execScript(const QString &script)
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
