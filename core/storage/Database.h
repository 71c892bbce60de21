// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace pepin {

// What a change notification is about.
enum class Entity { Sector, Site, Office, Company, Lease, Application };

struct Change
{
    Entity entity;
    qint64 id;
};

// One Pépin database file, on its own named connection.
//
// Opening never changes a file that is not a Pépin database of this version or an older one:
// a missing, foreign, corrupt or newer file is refused and left byte for byte as it was. An
// older file is copied aside, then migrated in one transaction.
class Database : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 4;

    enum class Mode {
        OpenExisting,    // the file must be a Pépin database
        CreateIfMissing, // a missing or empty file becomes a new Pépin database
    };

    // Fills a new database in the same transaction as its schema (the default sectors).
    using Seeder = std::function<Status(Database &)>;

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const Seeder &seed = {});

    ~Database() override;

    QString path() const { return m_path; }
    const SqlDialect &dialect() const { return m_dialect; }
    bool wasCreated() const { return m_created; }
    QString migrationBackupPath() const { return m_migrationBackup; } // empty if none was made
    int fileSchemaVersionBeforeOpen() const { return m_versionBeforeOpen; }

    // Prepares, binds and runs one statement.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});

    // A statement prepared once, then bound and run many times (bulk writes): the same SQL for
    // every row costs its parsing once.
    Result<QSqlQuery> prepare(const QString &sql);
    Status execute(QSqlQuery &query, const QVariantList &values);

    // Writes a consistent copy of the database to `target` (which must not exist).
    Status backupTo(const QString &target);

    // Records that `change` happened in the current transaction; announced by `changed` once
    // the outermost transaction commits, dropped if it rolls back.
    void noteChange(Entity entity, qint64 id);

    // A write transaction. Transactions nest: only the outermost commits, and a nested one
    // left without commit() makes the outermost roll back.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        bool ok() const { return !m_beginError.has_value(); }
        const Error &error() const { return *m_beginError; }
        Status commit();

    private:
        Database &m_db;
        bool m_open = false;
        std::optional<Error> m_beginError;
    };

signals:
    void changed(const QList<pepin::Change> &changes);

private:
    Database(const QString &path, const QString &connectionName);
    Status configureConnection();
    Status createSchema(const Seeder &seed);
    Status migrateFrom(int version);
    Status applySchemaSteps(int fromVersion);
    // What a schema step needs beyond its SQL: values only the program can compute.
    Status fillMatchKeys();
    Error sqlError(const QSqlQuery &query) const;

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    bool m_created = false;
    int m_versionBeforeOpen = 0;
    QString m_migrationBackup;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    QList<Change> m_pending;
};

} // namespace pepin
