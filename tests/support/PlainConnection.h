// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace pepin::test {

// A plain connection to a database, beside the Store: to build files as another program (or an
// older Pépin) would, and to look at what a database holds. An SQLite file, or a database on a
// server when `location` is its address. Its connection name is unique.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &location);
    ~PlainConnection();
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    QSqlDatabase connection() const;

    // Runs one statement with its values bound; REQUIREs success.
    void exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; REQUIREs a row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs the statements of a script: "--" comment lines dropped, split at the ';' that end lines.
    void execScript(const QString &script);

    // Whether it is a server's database; the engine's integrity check ("ok" when sound), and
    // the tables it holds, through the core's SqlDialect.
    bool isOnServer() const;
    QString integrityVerdict();
    QStringList tables();

private:
    SqlDialect dialect() const;

    QString m_name;
};

// The statements of an SQL script, as the schema files are written.
QStringList sqlStatements(const QString &script);

// The text of a file (a resource such as ":/pepin/schema/001_base.sql" too); REQUIREs it.
QString textOf(const QString &path);

} // namespace pepin::test
