// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace pepin::test {

// A plain SQLite connection to a file, beside the Store: to build files as another program (or
// an older Pépin) would, and to look at what a file holds. Its connection name is unique.
class SqliteFile
{
public:
    explicit SqliteFile(const QString &path);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    QSqlDatabase connection() const;

    // Runs one statement with its values bound; REQUIREs success.
    void exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; REQUIREs a row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs the statements of a script: "--" comment lines dropped, split at the ';' that end lines.
    void execScript(const QString &script);

private:
    QString m_name;
};

// The statements of an SQL script, as the schema files are written.
QStringList sqlStatements(const QString &script);

// The text of a file (a resource such as ":/pepin/schema/001_base.sql" too); REQUIREs it.
QString textOf(const QString &path);

} // namespace pepin::test
