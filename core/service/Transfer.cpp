// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Transfer.h"

#include "figures/Occupancy.h"
#include "service/Store.h"
#include "storage/AuditLog.h"
#include "storage/Tables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>

namespace pepin {

namespace {

// pepin_meta rows that every new database writes itself.
const QStringList ownMetaKeys = {QStringLiteral("application"), QStringLiteral("schema_version")};

Result<qint64> rowCount(Database &db, const QString &table)
{
    Result<QSqlQuery> query = db.run(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Kind::Storage, Transfer::tr("%1 did not count the rows of %2.").arg(db.shown(), table));
    return query->value(0).toLongLong();
}

Status copyTable(Database &source, Database &target, const QString &table)
{
    const bool meta = table == QLatin1String("pepin_meta");
    Result<QSqlQuery> rows = source.run(QStringLiteral("SELECT * FROM %1").arg(table));
    if (!rows)
        return rows.error();
    const QSqlRecord record = rows->record();
    QStringList columns;
    for (int c = 0; c < record.count(); ++c)
        columns << record.fieldName(c);
    Result<Statement> insert = target.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                  .arg(table, columns.join(QLatin1String(", ")),
                                                       QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
    if (!insert)
        return insert.error();
    const int key = record.indexOf(QStringLiteral("key"));
    while (rows->next()) {
        if (meta && ownMetaKeys.contains(rows->value(key).toString()))
            continue;
        QVariantList values;
        values.reserve(columns.size());
        // A server's dates come as QDate, which both engines bind as YYYY-MM-DD.
        for (int c = 0; c < columns.size(); ++c)
            values << rows->value(c);
        if (Status inserted = insert->execute(values); !inserted)
            return Error(Error::Kind::Storage, Transfer::tr("Copying the table %1 failed: %2").arg(table, inserted.error().message()));
    }
    if (record.contains(QStringLiteral("id")))
        return target.followGivenIds(table);
    return done();
}

// Where `kept` and `copy` differ, in a sentence; empty when they hold the same records, field by
// field and in the same order.
template<typename T>
QString differences(const QList<T> &kept, const QList<T> &copy, const QString &what)
{
    if (kept.size() != copy.size())
        return Transfer::tr("%1: %2 in the source, %3 in the copy").arg(what).arg(kept.size()).arg(copy.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const T &a = kept.at(i);
        const T &b = copy.at(i);
        if (a.id != b.id || a.version != b.version || snapshotOf(a) != snapshotOf(b))
            return Transfer::tr("%1: number %2 differs").arg(what).arg(a.id);
    }
    return {};
}

bool sameMeasure(const Measure &a, const Measure &b)
{
    return a.occupied == b.occupied && a.total == b.total;
}

} // namespace

const QStringList Transfer::tables = {
    QStringLiteral("sectors"),   QStringLiteral("sites"),      QStringLiteral("offices"),      QStringLiteral("companies"),
    QStringLiteral("headcounts"), QStringLiteral("leases"),    QStringLiteral("rent_steps"),   QStringLiteral("applications"),
    QStringLiteral("change_history"), QStringLiteral("pepin_meta"),
};

Result<Transfer::Report> Transfer::run(Store &source, const QString &target, QDate day)
{
    const bool toServer = ServerAddress::isServerLocation(target);
    if (!toServer && QFileInfo::exists(target))
        return Error(Error::Kind::InvalidInput,
                     tr("%1 already exists; it was left as it is. Copy to a new file.").arg(QDir::toNativeSeparators(target)),
                     QStringLiteral("to"));
    Database &from = source.database();
    Report report;
    for (const QString &table : tables) {
        Result<qint64> count = rowCount(from, table);
        if (!count)
            return count.error();
        report.rows.append({table, *count});
    }

    // The schema and the rows in the one transaction that makes the new database.
    const auto copy = [&](Database &to) -> Status {
        for (const QString &table : tables) {
            if (Status copied = copyTable(from, to, table); !copied)
                return copied;
        }
        for (const auto &[table, expected] : std::as_const(report.rows)) {
            Result<qint64> count = rowCount(to, table);
            if (!count)
                return count.error();
            if (*count != expected)
                return Error(Error::Kind::Storage, tr("The copy of %1 holds %2 rows where %3 has %4; nothing was kept.")
                                                       .arg(table)
                                                       .arg(*count)
                                                       .arg(from.shown())
                                                       .arg(expected));
        }
        return done();
    };
    const auto removeNewFile = [&] {
        if (toServer)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(target + suffix);
    };
    // A Pépin database already there, even an older one, is refused before anything is changed.
    Result<std::unique_ptr<Database>> opened = Database::open(target, Database::Mode::CreateNew, copy);
    if (!opened) {
        removeNewFile();
        return opened.error();
    }

    // Read back through a store of its own, as Pépin will read it.
    Store copied(std::move(opened).value());
    QStringList differ;
    for (const QString &difference : {differences(source.sectors(), copied.sectors(), tr("sectors")),
                                      differences(source.sites(), copied.sites(), tr("sites")),
                                      differences(source.offices(), copied.offices(), tr("offices")),
                                      differences(source.companies(), copied.companies(), tr("companies")),
                                      differences(source.leases(), copied.leases(), tr("leases")),
                                      differences(source.applications(), copied.applications(), tr("applications"))}) {
        if (!difference.isEmpty())
            differ << difference;
    }
    report.occupancy = Occupancy::load(source).on(day);
    const OccupancySnapshot copiedOccupancy = Occupancy::load(copied).on(day);
    if (!sameMeasure(report.occupancy.offices, copiedOccupancy.offices) || !sameMeasure(report.occupancy.area, copiedOccupancy.area)
        || !sameMeasure(report.occupancy.workstations, copiedOccupancy.workstations))
        differ << tr("the occupancy on that day");
    if (!differ.isEmpty())
        return Error(Error::Kind::Storage, tr("The copy in %1 does not hold what %2 holds (%3). It was kept for inspection; "
                                              "remove it before copying again.")
                                               .arg(copied.database().shown(), from.shown(), differ.join(QLatin1String("; "))));
    return report;
}

} // namespace pepin
