// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "storage/SqlDialect.h"
#include "storage/Statements.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace pepin {

// How each entity maps to its table: the column names (once, here), the values written and the
// entity read back. Every table has `id` and `row_version` besides the columns listed.
struct TableSpec
{
    QString table;
    QStringList columns; // in the order of the values; without id and row_version

    // "SELECT id, row_version, c1, c2… FROM table"
    QString selectSql() const;
    // "INSERT INTO table (id, c1, c2…) VALUES (?, ?, ?…)", the id NULL for the next one
    QString insertSql(const SqlDialect &dialect) const;
    // "UPDATE table SET c1 = ?, …, row_version = row_version + 1 WHERE id = ? AND row_version = ?"
    QString updateSql() const;
};

namespace column {
inline const QString id = QStringLiteral("id");
inline const QString rowVersion = QStringLiteral("row_version");
inline const QString siteId = QStringLiteral("site_id");
inline const QString officeId = QStringLiteral("office_id");
inline const QString companyId = QStringLiteral("company_id");
inline const QString sectorId = QStringLiteral("sector_id");
inline const QString leaseId = QStringLiteral("lease_id");
} // namespace column

const TableSpec &sectorTable();
const TableSpec &siteTable();
const TableSpec &officeTable();
const TableSpec &companyTable();
const TableSpec &leaseTable();
const TableSpec &applicationTable();

QVariantList rowOf(const Sector &sector);
QVariantList rowOf(const Site &site);
QVariantList rowOf(const Office &office);
QVariantList rowOf(const Company &company);
QVariantList rowOf(const Lease &lease);
QVariantList rowOf(const Application &application);

// A record as the change history and the personal-data export show it: its columns by name (the
// derived match keys left out), NULL as null, and its children (headcounts, rent steps) as arrays;
// as the compact JSON text the history keeps, written as QJsonDocument would write it.
QByteArray snapshotJson(const Sector &sector);
QByteArray snapshotJson(const Site &site);
QByteArray snapshotJson(const Office &office);
QByteArray snapshotJson(const Company &company);
QByteArray snapshotJson(const Lease &lease);
QByteArray snapshotJson(const Application &application);

// The same, as an object.
template<typename T>
QJsonObject snapshotOf(const T &record)
{
    return QJsonDocument::fromJson(snapshotJson(record)).object();
}

// Read from rows positioned on a row of the table's selectSql().
void readRow(const Rows &rows, Sector &sector);
void readRow(const Rows &rows, Site &site);
void readRow(const Rows &rows, Office &office);
void readRow(const Rows &rows, Company &company);
void readRow(const Rows &rows, Lease &lease);
void readRow(const Rows &rows, Application &application);

// Values as the database holds them: dates as 'YYYY-MM-DD' text or NULL (read back by Rows::date),
// flags as 0/1.
QVariant dateValue(QDate day);
QVariant textOrNull(const QString &text);

// The key a name or a code is matched on: case, accents and spacing ignored (util/Text.h).
QString matchKey(const QString &text);

} // namespace pepin
