// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/AuditLog.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/StatementSources.h"
#include "storage/Tables.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pepin {

namespace {

const QString metaApplicationKey = QStringLiteral("application");
const QString metaApplicationValue = QStringLiteral("pepin");
const QString metaVersionKey = QStringLiteral("schema_version");

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("pepin-%1-%2").arg(purpose).arg(++counter);
}

bool logBeside(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"));
}

// Points `db` at `path` for reading only, without leaving anything beside the file: even
// read-only, a connection to a database in write-ahead mode creates its -wal and -shm files.
// With no log or journal beside it, the file holds everything and is read as immutable, which
// creates nothing. With one (the database is open elsewhere, or was not closed), it is part of
// the data and is read with the usual locking.
void readOnlyTarget(QSqlDatabase &db, const QString &path)
{
    if (logBeside(path)) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeoutMs));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?mode=ro&immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
}

// Makes sure what was written to `path` is on the disk, not only in the system's cache.
void syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        ::fsync(file.handle());
#else
    Q_UNUSED(path);
#endif
}

// Writes `target` whole or not at all: `write` fills a file beside it, created empty and
// readable by its owner only (contacts are personal data), which is then synced and renamed.
Status writeWhole(const QString &target, const std::function<Status(const QString &part)> &write)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Error(Error::Kind::Storage, Database::tr("%1 already exists.").arg(shown));
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part); // left by a copy that was interrupted
    {
        QFile file(part);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return Error(Error::Kind::Storage, Database::tr("Cannot create %1: %2").arg(shown, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (Status written = write(part); !written) {
        QFile::remove(part);
        return written;
    }
    syncToDisk(part);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Error(Error::Kind::Storage, Database::tr("Cannot create %1.").arg(shown));
    }
    return done();
}

QString schemaStepText(int version)
{
    // The numbered files of core/storage/schema, embedded in the library.
    static const QStringList files = {
        QStringLiteral(":/pepin/schema/001_base.sql"),
        QStringLiteral(":/pepin/schema/002_row_versions.sql"),
        QStringLiteral(":/pepin/schema/003_match_keys.sql"),
        QStringLiteral(":/pepin/schema/004_lease_start_index.sql"),
        QStringLiteral(":/pepin/schema/005_change_history.sql"),
    };
    QFile file(files.value(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Database::FileState Database::examine(const QString &path)
{
    using Kind = FileState::Kind;
    FileState probe;
    QFile file(path);
    if (!file.exists())
        return probe;
    if (!file.open(QIODevice::ReadOnly)) {
        probe.kind = Kind::Corrupt;
        probe.detail = file.errorString();
        return probe;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty()) {
        probe.kind = Kind::Empty;
        return probe;
    }
    if (header != QByteArray("SQLite format 3\0", 16)) {
        probe.kind = Kind::NotSqlite;
        return probe;
    }

    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        readOnlyTarget(db, path);
        if (!db.open()) {
            probe.kind = Kind::Corrupt;
            probe.detail = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                probe.kind = Kind::Corrupt;
                probe.detail = query.lastError().text();
            } else {
                QStringList tables;
                while (query.next())
                    tables << query.value(0).toString();
                if (tables.isEmpty()) {
                    probe.kind = Kind::EmptySqlite;
                } else if (!tables.contains(QStringLiteral("pepin_meta"))) {
                    probe.kind = Kind::Foreign;
                } else if (!query.exec(QStringLiteral("SELECT key, value FROM pepin_meta"))) {
                    probe.kind = Kind::Corrupt;
                    probe.detail = query.lastError().text();
                } else {
                    QString application;
                    while (query.next()) {
                        if (query.value(0).toString() == metaApplicationKey)
                            application = query.value(1).toString();
                        else if (query.value(0).toString() == metaVersionKey)
                            probe.version = query.value(1).toInt();
                    }
                    probe.kind = (application == metaApplicationValue && probe.version > 0) ? Kind::Pepin : Kind::Foreign;
                }
                // Damage in the pages not read above shows only in a pass over the whole file.
                if (probe.kind == Kind::Pepin) {
                    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                        probe.kind = Kind::Corrupt;
                        probe.detail = query.lastError().text();
                    } else if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok")) {
                        probe.kind = Kind::Corrupt;
                        probe.detail = verdict.simplified();
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

std::optional<Error> Database::refusal(const QString &path, const FileState &state, Mode mode)
{
    using Kind = FileState::Kind;
    const QString shown = QDir::toNativeSeparators(path);
    auto refuse = [](const QString &message) { return Error(Error::Kind::Storage, message); };
    switch (state.kind) {
    case Kind::Missing:
    case Kind::Empty:
    case Kind::EmptySqlite:
        if (mode == Mode::CreateIfMissing)
            return std::nullopt;
        return refuse(state.kind == Kind::Missing ? tr("The database %1 does not exist.").arg(shown)
                                                  : tr("%1 is empty: it is not a Pépin database yet.").arg(shown));
    case Kind::NotSqlite:
        return refuse(tr("%1 is not a Pépin database (it is not an SQLite file); it was left untouched.").arg(shown));
    case Kind::Corrupt:
        return refuse(tr("%1 cannot be read, it may be damaged (%2); it was left untouched.").arg(shown, state.detail));
    case Kind::Foreign:
        return refuse(tr("%1 is an SQLite database of another program, not a Pépin database; it was left untouched.").arg(shown));
    case Kind::Pepin:
        if (state.version > schemaVersion) {
            return refuse(tr("%1 was written by a newer version of Pépin (schema %2; this version reads up to %3); "
                             "it was left untouched. Install a newer Pépin to open it.")
                              .arg(shown, QString::number(state.version), QString::number(schemaVersion)));
        }
        if (mode == Mode::ReadOnly && state.version < schemaVersion) {
            return refuse(tr("%1 was written by an older version of Pépin and must be updated before this version can "
                             "read it, which cannot be done read-only; it was left untouched.")
                              .arg(shown));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QString Database::writeBlocker(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable())
        return tr("the file %1 is read-only").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    // SQLite keeps its write-ahead log beside the database: the folder must be writable too.
    const QFileInfo folder(file.absolutePath());
    if (folder.exists() && !folder.isWritable())
        return tr("its folder %1 is read-only, and every change is first written to a journal beside the database")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

Status Database::copyDatabase(const QString &source, const QString &target)
{
    return writeWhole(target, [&source](const QString &part) -> Status {
        const QString name = uniqueConnectionName(QStringLiteral("copy"));
        Status copied = done();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            readOnlyTarget(db, source);
            if (!db.open()) {
                copied = Error(Error::Kind::Storage, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), db.lastError().text()));
            } else {
                QSqlQuery query(db);
                if (!query.prepare(SqlDialect().backupInto()))
                    copied = Error(Error::Kind::Storage, query.lastError().text());
                query.addBindValue(part);
                if (copied && !query.exec()) {
                    copied = Error(Error::Kind::Storage, tr("Cannot copy %1 to %2: %3")
                                                             .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(part),
                                                                  query.lastError().text()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return copied;
    });
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const Seeder &seed)
{
    const QString shown = QDir::toNativeSeparators(path);
    const FileState probe = examine(path);
    if (std::optional<Error> refused = refusal(path, probe, mode))
        return *refused;
    const bool create = probe.kind != FileState::Kind::Pepin;
    const bool migrate = !create && probe.version < schemaVersion;

    // A file or folder that cannot be written: the database is read, never written.
    QString readOnly = mode == Mode::ReadOnly ? tr("it was opened for reading only") : QString();
    if (readOnly.isEmpty() && probe.kind != FileState::Kind::Missing)
        readOnly = writeBlocker(path);
    if (!readOnly.isEmpty() && create)
        return Error(Error::Kind::Storage, tr("%1 cannot be made a Pépin database: %2.").arg(shown, readOnly));
    if (!readOnly.isEmpty() && migrate)
        return Error(Error::Kind::Storage, tr("%1 was written by an older version of Pépin and must be updated, but it "
                                              "cannot be written to (%2); it was left untouched.")
                                               .arg(shown, readOnly));

    if (create && probe.kind == FileState::Kind::Missing) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Error::Kind::Storage, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // Contacts are personal data: a new database is readable by its owner only (SQLite gives
        // its journal the same permissions).
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return Error(Error::Kind::Storage, tr("Cannot create %1: %2").arg(shown, file.errorString()));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    std::unique_ptr<Database> db(new Database(path, uniqueConnectionName(QStringLiteral("db"))));
    db->m_versionBeforeOpen = probe.version;
    db->m_readOnlyReason = readOnly;
    if (migrate) {
        // The backup holds the data exactly as the older version left it: made before this
        // version's connection changes anything in the file (its journal mode, to begin with).
        const Backups backups(path);
        const QString aside = backups.newPath(Backups::Kind::BeforeUpdate, QDateTime::currentDateTime(), probe.version);
        Status copied = backups.ensureFolder();
        if (copied)
            copied = copyDatabase(path, aside);
        if (!copied)
            return Error(Error::Kind::Storage,
                         tr("The database needs updating, but it could not be backed up first, so it was left as it was: %1")
                             .arg(copied.error().message()));
        db->m_migrationBackup = aside;
    }
    if (Status status = readOnly.isEmpty() ? db->configureConnection() : db->configureReadOnlyConnection(); !status)
        return status.error();
    if (create) {
        if (Status status = db->createSchema(seed); !status)
            return status.error();
        db->m_created = true;
    } else if (migrate) {
        if (Status status = db->migrateFrom(probe.version); !status)
            return status.error();
    }
    return db;
}

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::configureConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    db.setDatabaseName(m_path);
    // Another program writing to the same file makes us wait rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        return Error(Error::Kind::Storage,
                     tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (Result<QSqlQuery> query = run(statement); !query)
            return query.error();
    }
    return done();
}

Status Database::configureReadOnlyConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    readOnlyTarget(db, m_path);
    if (!db.open()) {
        return Error(Error::Kind::Storage,
                     tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    // Nothing else to set: the journal mode and durability concern writes.
    if (Result<QSqlQuery> query = run(QStringLiteral("SELECT count(*) FROM pepin_meta")); !query)
        return query.error();
    return done();
}

Status Database::createSchema(const Seeder &seed)
{
    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    if (Status status = applySchemaSteps(0); !status)
        return status;
    if (Result<QSqlQuery> id = run(m_dialect.writeApplicationId()); !id)
        return id.error();
    if (seed) {
        if (Status status = seed(*this); !status)
            return status;
    }
    return tx.commit();
}

Status Database::migrateFrom(int version)
{
    const QString aside = m_migrationBackup;
    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    if (Status status = applySchemaSteps(version); !status)
        return Error(Error::Kind::Storage,
                     tr("Updating the database from schema %1 to %2 failed, and it was left as it was (a copy is in %3): %4")
                         .arg(version)
                         .arg(schemaVersion)
                         .arg(QDir::toNativeSeparators(aside), status.error().message()));
    return tx.commit();
}

Status Database::applySchemaSteps(int fromVersion)
{
    for (int version = fromVersion + 1; version <= schemaVersion; ++version) {
        const QString text = schemaStepText(version);
        if (text.isEmpty())
            return Error(Error::Kind::Storage, tr("The schema step %1 is missing from this build.").arg(version));
        for (const QString &statement : SqlDialect::statements(m_dialect.expandSchema(text))) {
            if (Result<QSqlQuery> query = run(statement); !query)
                return query.error();
        }
        if (version == 3) {
            if (Status filled = fillMatchKeys(); !filled)
                return filled;
        }
        if (version == 5) {
            if (Status guarded = guardHistory(); !guarded)
                return guarded;
        }
        // Each step records the version it reached, inside the same transaction.
        const QString upsert = version == 1
            ? QStringLiteral("INSERT INTO pepin_meta (key, value) VALUES (?, ?)")
            : QStringLiteral("UPDATE pepin_meta SET value = ? WHERE key = ?");
        const QVariantList values = version == 1
            ? QVariantList{metaVersionKey, QString::number(version)}
            : QVariantList{QString::number(version), metaVersionKey};
        if (Result<QSqlQuery> query = run(upsert, values); !query)
            return query.error();
        if (version == 1) {
            if (Result<QSqlQuery> query = run(QStringLiteral("INSERT INTO pepin_meta (key, value) VALUES (?, ?)"),
                                              {metaApplicationKey, metaApplicationValue});
                !query)
                return query.error();
        }
    }
    return done();
}

Status Database::guardHistory()
{
    for (const QString &statement : m_dialect.liftAppendOnlyGuards(AuditLog::table)
             + m_dialect.appendOnlyGuards(AuditLog::table, tr("The change history cannot be edited."))) {
        if (Result<QSqlQuery> query = run(statement); !query)
            return query.error();
    }
    return done();
}

Status Database::fillMatchKeys()
{
    const std::pair<const char *, const char *> tables[] = {
        {"sectors", "name"}, {"sites", "name"}, {"companies", "name"}, {"offices", "code"}};
    for (const auto &[table, source] : tables) {
        const QString keyColumn = QString::fromLatin1(source) + QStringLiteral("_key");
        Result<QSqlQuery> rows = run(QStringLiteral("SELECT id, %1 FROM %2").arg(QString::fromLatin1(source), QString::fromLatin1(table)));
        if (!rows)
            return rows.error();
        QList<std::pair<qint64, QString>> keys;
        while (rows->next())
            keys.append({rows->value(0).toLongLong(), matchKey(rows->value(1).toString())});
        for (const auto &[id, key] : keys) {
            if (Result<QSqlQuery> update = run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QString::fromLatin1(table), keyColumn),
                                               {key, id});
                !update)
                return update.error();
        }
    }
    return done();
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return query;
}

sqlite3 *Database::nativeConnection() const
{
    return m_nativeReads ? sharedSqliteConnection(m_connectionName) : nullptr;
}

Result<Rows> Database::select(const QString &sql, const QVariantList &values)
{
    const auto errorOf = [this](const QString &nativeCode, const QString &text) { return sqlError(nativeCode, text); };
    if (sqlite3 *connection = nativeConnection()) {
        Result<std::unique_ptr<Rows::Source>> rows = sqliteRows(connection, sql, values, errorOf);
        if (!rows)
            return rows.error();
        return Rows(std::move(rows).value());
    }
    Result<QSqlQuery> query = run(sql, values);
    if (!query)
        return query.error();
    return Rows(queryRows(std::move(query).value(), errorOf));
}

Result<Database::Stamp> Database::stamp()
{
    Result<Rows> rows = select(m_dialect.changeStamp());
    if (!rows)
        return rows.error();
    if (!rows->next())
        return rows->failure() ? *rows->failure() : Error(Error::Kind::Storage, tr("The database did not say whether it changed."));
    return Stamp{rows->integer(0), rows->integer(1)};
}

bool Database::readsNatively() const
{
    return nativeConnection() != nullptr;
}

Result<Statement> Database::prepare(const QString &sql)
{
    const auto errorOf = [this](const QString &nativeCode, const QString &text) { return sqlError(nativeCode, text); };
    if (sqlite3 *connection = nativeConnection()) {
        Result<std::unique_ptr<Statement::Source>> statement = sqliteStatement(connection, sql, errorOf);
        if (!statement)
            return statement.error();
        return Statement(std::move(statement).value());
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query);
    return Statement(queryStatement(std::move(query), errorOf));
}

Error Database::sqlError(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    return sqlError(error.nativeErrorCode(), error.text());
}

Error Database::sqlError(const QString &nativeCode, const QString &text) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QFileInfo::exists(m_path))
        return removedError();
    switch (m_dialect.failureOf(nativeCode)) {
    case SqlDialect::Failure::DiskFull:
        return Error(Error::Kind::Storage, tr("The disk that holds %1 is full: the change was not saved, and the database "
                                              "is as it was before it. Free some space on the disk, then try again.")
                                               .arg(shown));
    case SqlDialect::Failure::ReadOnly:
        return Error(Error::Kind::Storage, tr("%1 can no longer be written to (the file, its folder or its disk was made "
                                              "read-only): the change was not saved.")
                                               .arg(shown));
    case SqlDialect::Failure::Busy:
        return Error(Error::Kind::Storage, tr("%1 is busy: another program has been writing to it for more than %2 seconds. "
                                              "Nothing was changed; try again in a moment.")
                                               .arg(shown, QString::number(busyTimeoutMs / 1000)));
    case SqlDialect::Failure::InputOutput:
        return Error(Error::Kind::Storage, tr("The disk that holds %1 could not be read or written (%2): the change was "
                                              "not saved.")
                                               .arg(shown, text));
    case SqlDialect::Failure::Other:
        break;
    }
    return Error(Error::Kind::Storage, tr("Database error in %1: %2").arg(shown, text));
}

Error Database::removedError() const
{
    return Error(Error::Kind::Storage,
                 tr("The database file %1 was moved or deleted while it was open: the change was not saved. If it was "
                    "moved, put it back where it was and open it again (its latest changes wait there, beside it); "
                    "otherwise, restore a backup.")
                     .arg(QDir::toNativeSeparators(m_path)));
}

Error Database::readOnlyError() const
{
    return Error(Error::Kind::Storage, tr("Nothing can be changed: %1 is open read-only (%2).")
                                           .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason));
}

Status Database::backupTo(const QString &target)
{
    return writeWhole(target, [this](const QString &part) -> Status {
        if (Result<QSqlQuery> query = run(m_dialect.backupInto(), {part}); !query)
            return query.error();
        return done();
    });
}

Status Database::replaceContentWith(const QString &source, const QString &backupName)
{
    if (isReadOnly())
        return readOnlyError();
    const QString alias = QStringLiteral("restored");
    if (Result<QSqlQuery> attached = run(m_dialect.attach(alias), {source}); !attached)
        return attached.error();
    auto tablesOf = [this](const QString &schema) -> Result<QStringList> {
        Result<QSqlQuery> query = run(m_dialect.tablesOf(schema));
        if (!query)
            return query.error();
        QStringList tables;
        while (query->next())
            tables << query->value(0).toString();
        return tables;
    };
    Status replaced = [&]() -> Status {
        Transaction tx(*this);
        if (!tx.ok())
            return tx.error();
        // Rows are deleted and put back in any order; the keys are checked once, at the commit.
        if (Result<QSqlQuery> deferred = run(m_dialect.deferForeignKeys()); !deferred)
            return deferred.error();
        const Result<QStringList> tables = tablesOf(QStringLiteral("main"));
        if (!tables)
            return tables.error();
        const Result<QStringList> theirs = tablesOf(alias);
        if (!theirs)
            return theirs.error();
        if (*theirs != *tables)
            return Error(Error::Kind::Storage, tr("%1 does not hold the tables of this version's databases.")
                                                   .arg(QDir::toNativeSeparators(source)));
        QStringList replaced = *tables;
        replaced.removeAll(AuditLog::table);
        // All the rows go first: deleting a parent row deletes its children (ON DELETE CASCADE),
        // which must not take restored rows with it.
        for (const QString &table : replaced) {
            if (Result<QSqlQuery> emptied = run(QStringLiteral("DELETE FROM main.%1").arg(table)); !emptied)
                return emptied.error();
        }
        for (const QString &table : replaced) {
            Result<QSqlQuery> info = run(m_dialect.columnsOf(QStringLiteral("main"), table));
            if (!info)
                return info.error();
            QStringList columns;
            const int nameField = info->record().indexOf(QStringLiteral("name"));
            while (info->next())
                columns << info->value(nameField).toString();
            const QString list = columns.join(QLatin1String(", "));
            if (Result<QSqlQuery> copied = run(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3.%1").arg(table, list, alias));
                !copied)
                return copied.error();
        }
        if (Status recorded = AuditLog(*this).append(AuditAction::Restore, QStringLiteral("database"), 0, backupName, {},
                                                      {{QStringLiteral("backup"), backupName}});
            !recorded)
            return recorded;
        return tx.commit();
    }();
    (void)run(m_dialect.detach(alias));
    return replaced;
}

void Database::noteChange(Entity entity, qint64 id)
{
    m_pending.append(Change{entity, id});
}

Database::Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_depth == 0) {
        m_db.m_rollbackOnly = false;
        m_db.m_pending.clear();
        // Said plainly before the engine is asked: a read-only database, or a file that is gone
        // (writing to a deleted file would seem to work and be lost at close).
        if (m_db.isReadOnly()) {
            m_beginError = m_db.readOnlyError();
            return;
        }
        if (!QFileInfo::exists(m_db.m_path)) {
            m_beginError = m_db.removedError();
            return;
        }
        Result<QSqlQuery> begin = m_db.run(m_db.m_dialect.beginWrite());
        if (!begin) {
            m_beginError = begin.error();
            return;
        }
        const Result<Stamp> stamp = m_db.stamp();
        m_db.m_stampAtBegin = stamp ? std::optional<Stamp>(*stamp) : std::nullopt;
    }
    ++m_db.m_depth;
    m_open = true;
}

Database::Transaction::~Transaction()
{
    if (!m_open)
        return;
    // Left without commit(): an error path. The whole outermost transaction is undone.
    m_db.m_rollbackOnly = true;
    if (--m_db.m_depth == 0) {
        (void)m_db.run(QStringLiteral("ROLLBACK"));
        m_db.m_pending.clear();
    }
}

Status Database::Transaction::commit()
{
    if (!m_open)
        return m_beginError ? Status(*m_beginError) : Status(Error(Error::Kind::Storage, tr("No transaction is open.")));
    m_open = false;
    if (--m_db.m_depth > 0)
        return done();
    if (m_db.m_rollbackOnly) {
        (void)m_db.run(QStringLiteral("ROLLBACK"));
        m_db.m_pending.clear();
        return Error(Error::Kind::Storage, tr("The change was undone because part of it failed."));
    }
    if (Result<QSqlQuery> commit = m_db.run(QStringLiteral("COMMIT")); !commit) {
        (void)m_db.run(QStringLiteral("ROLLBACK"));
        m_db.m_pending.clear();
        return commit.error();
    }
    const QList<Change> changes = std::exchange(m_db.m_pending, {});
    if (!changes.isEmpty())
        emit m_db.changed(changes);
    return done();
}

} // namespace pepin
