// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlDialect.h"

namespace pepin {

QString SqlDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqlDialect::expandSchema(const QString &sql) const
{
    QString out = sql;
    out.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"));
    out.replace(QLatin1String("${REAL}"), QLatin1String("REAL"));
    return out;
}

QStringList SqlDialect::statements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QStringList SqlDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // Every commit reaches the disk before it is reported done.
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
}

QString SqlDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::backupInto() const
{
    return QStringLiteral("VACUUM INTO ?");
}

QString SqlDialect::attach(const QString &schema) const
{
    return QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema);
}

QString SqlDialect::detach(const QString &schema) const
{
    return QStringLiteral("DETACH DATABASE %1").arg(schema);
}

QString SqlDialect::deferForeignKeys() const
{
    return QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QString SqlDialect::tablesOf(const QString &schema) const
{
    return QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .arg(schema);
}

QStringList SqlDialect::appendOnlyGuards(const QString &table, const QString &why) const
{
    QString quoted = why;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    QStringList statements;
    for (const char *event : {"UPDATE", "DELETE"}) {
        const QString name = QString::fromLatin1(event).toLower();
        statements << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%4'); END")
                          .arg(table, name, QString::fromLatin1(event), quoted);
    }
    return statements;
}

QStringList SqlDialect::liftAppendOnlyGuards(const QString &table) const
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS %1_no_update").arg(table),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_no_delete").arg(table)};
}

QString SqlDialect::jsonField(const QString &column, const QString &key) const
{
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString SqlDialect::columnsOf(const QString &schema, const QString &table) const
{
    return QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table);
}

SqlDialect::Failure SqlDialect::failureOf(const QString &nativeErrorCode) const
{
    // SQLite's primary result codes; an extended code keeps the primary one in its low byte.
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok) & 0xff;
    if (!ok)
        return Failure::Other;
    switch (code) {
    case 13: // SQLITE_FULL
        return Failure::DiskFull;
    case 8: // SQLITE_READONLY
        return Failure::ReadOnly;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Failure::Busy;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Failure::InputOutput;
    default:
        return Failure::Other;
    }
}

QString SqlDialect::changeStamp() const
{
    return QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version");
}

QString SqlDialect::integrityCheck() const
{
    return QStringLiteral("PRAGMA integrity_check");
}

QString SqlDialect::foreignKeyCheck() const
{
    return QStringLiteral("PRAGMA foreign_key_check");
}

QString SqlDialect::readApplicationId() const
{
    return QStringLiteral("PRAGMA application_id");
}

QString SqlDialect::writeApplicationId() const
{
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

} // namespace pepin
