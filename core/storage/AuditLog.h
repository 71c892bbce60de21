// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Statements.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace pepin {

class Database;
class Format;
struct CsvFormat;

// What a change did.
enum class AuditAction {
    Add,
    Update,
    Remove,
    Identity, // the incubator's name or logo
    Setting,  // a policy of the incubator kept in the database (how long personal data is kept)
    Restore,  // the data replaced by a backup's
    Erase,    // a former tenant's personal data erased
};

// One change, as the history keeps it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;    // the account on the computer that made the change
    QString program; // "pepin" or "pepin-cli"
    AuditAction action = AuditAction::Add;
    QString entity;  // "company", "lease"… (AuditLog::entityKeys), "incubator" or "database"
    qint64 recordId = 0;
    QString label;   // how the record was named when it changed: "Praxys", "Praxys in B12"
    QJsonObject before, after; // the record's columns; empty for an add (before) or a removal (after)
};

// One field that a change set, changed or cleared.
struct AuditFieldChange
{
    QString field; // the column
    QJsonValue before, after;
};

// The change history of a database (table change_history): every change made through Pépin
// appends one entry in the same transaction as the change, so the two land together or not at
// all. Entries are never edited: the database refuses to update or delete them, apart from the
// erasure of personal data (eraseFields), which must reach the history too.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(pepin::AuditLog)

public:
    static inline const QString table = QStringLiteral("change_history");

    explicit AuditLog(Database &db);

    // The account this program runs as, as the history names it.
    static QString currentUser();

    // Appends one entry, inside the caller's transaction (Database::Transaction).
    Status append(AuditAction action, const QString &entity, qint64 recordId, const QString &label,
                  const QJsonObject &before, const QJsonObject &after);
    // The same, with the record before and after as compact JSON text (snapshotJson), empty for
    // none: what the Store gives for every record it changes.
    Status append(AuditAction action, const QString &entity, qint64 recordId, const QString &label,
                  const QByteArray &before, const QByteArray &after);

    // Which entries to read; every criterion left empty matches all. Newest first.
    struct Filter
    {
        QString entity;
        qint64 recordId = 0; // with entity
        QDate from, to;      // local days, both included
        QString user;
        QString text;        // in the label, case and accents ignored
        int limit = 0;       // 0: all
    };
    Result<QList<AuditEntry>> entries(const Filter &filter);

    // Blanks `fields` of every entry about the record, before and after, inside the caller's
    // transaction: what erasing personal data does to the history. The entries stay, with what
    // was changed and when.
    Status eraseFields(const QString &entity, qint64 recordId, const QStringList &fields, const QString &replacement);

    // The fields an entry set, changed or cleared, in the record's column order.
    static QList<AuditFieldChange> changes(const AuditEntry &entry);

    // Words for people, in the current language.
    static QString actionName(AuditAction action);
    static QString entityName(const QString &entity);
    static QString fieldName(const QString &field);
    static QString valueText(const QString &field, const QJsonValue &value, const Format &format);

    static QString actionKey(AuditAction action);
    static std::optional<AuditAction> actionFromKey(const QString &key);
    static QStringList entityKeys(); // "sector", "site", "office", "company", "lease", "application"

    // The entries as CSV, one row per field changed (an entry that changed no field has one row),
    // with headers and values in the current language.
    static Status writeCsv(const QList<AuditEntry> &entries, QIODevice &device, const CsvFormat &format);

private:
    Database &m_db;
    std::optional<Statement> m_insert;
};

} // namespace pepin
