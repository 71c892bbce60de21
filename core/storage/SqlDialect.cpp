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
