// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include "storage/Tables.h"

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

// What a file is, found without writing to it.
struct Probe
{
    enum class State { Missing, Empty, NotSqlite, Corrupt, EmptySqlite, Foreign, Pepin };
    State state = State::Missing;
    int version = 0;
    QString detail;
};

Probe probeFile(const QString &path)
{
    Probe probe;
    QFile file(path);
    if (!file.exists())
        return probe;
    if (!file.open(QIODevice::ReadOnly)) {
        probe.state = Probe::State::Corrupt;
        probe.detail = file.errorString();
        return probe;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty()) {
        probe.state = Probe::State::Empty;
        return probe;
    }
    if (header != QByteArray("SQLite format 3\0", 16)) {
        probe.state = Probe::State::NotSqlite;
        return probe;
    }

    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Looking must leave nothing beside the file: even read-only, a connection to a database
        // in write-ahead mode creates its -wal and -shm files. With no log or journal beside it,
        // the file holds everything and is read as immutable, which creates nothing. With one
        // (the database is open elsewhere, or was not closed), it is part of the data and is
        // read with the usual locking.
        const bool logBeside = QFileInfo::exists(path + QStringLiteral("-wal"))
            || QFileInfo::exists(path + QStringLiteral("-journal"));
        if (logBeside) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            probe.state = Probe::State::Corrupt;
            probe.detail = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                probe.state = Probe::State::Corrupt;
                probe.detail = query.lastError().text();
            } else {
                QStringList tables;
                while (query.next())
                    tables << query.value(0).toString();
                if (tables.isEmpty()) {
                    probe.state = Probe::State::EmptySqlite;
                } else if (!tables.contains(QStringLiteral("pepin_meta"))) {
                    probe.state = Probe::State::Foreign;
                } else if (!query.exec(QStringLiteral("SELECT key, value FROM pepin_meta"))) {
                    probe.state = Probe::State::Corrupt;
                    probe.detail = query.lastError().text();
                } else {
                    QString application;
                    while (query.next()) {
                        if (query.value(0).toString() == metaApplicationKey)
                            application = query.value(1).toString();
                        else if (query.value(0).toString() == metaVersionKey)
                            probe.version = query.value(1).toInt();
                    }
                    probe.state = (application == metaApplicationValue && probe.version > 0)
                                      ? Probe::State::Pepin
                                      : Probe::State::Foreign;
                }
                // Damage in the pages not read above shows only in a pass over the whole file.
                if (probe.state == Probe::State::Pepin) {
                    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                        probe.state = Probe::State::Corrupt;
                        probe.detail = query.lastError().text();
                    } else if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok")) {
                        probe.state = Probe::State::Corrupt;
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

// A path beside `path` that does not exist yet, for a copy made before a migration.
QString asideName(const QString &path, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(stamp);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.v%2-%3-%4.bak").arg(path).arg(version).arg(stamp).arg(n);
    return candidate;
}

// A byte-for-byte copy of the file, readable by its owner only, with its write-ahead log if one
// was left beside it (the log holds committed changes that are not in the file yet).
Status copyAside(const QString &path, const QString &aside)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!suffix.isEmpty() && !QFileInfo::exists(path + suffix))
            continue;
        QFile source(path + suffix);
        if (!source.copy(aside + suffix)) {
            QFile::remove(aside);
            return Error(Error::Kind::Storage, Database::tr("Cannot copy %1 to %2: %3")
                                                   .arg(QDir::toNativeSeparators(path + suffix),
                                                        QDir::toNativeSeparators(aside + suffix), source.errorString()));
        }
        QFile::setPermissions(aside + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    };
    QFile file(files.value(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const Seeder &seed)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Probe probe = probeFile(path);
    auto refuse = [](const QString &message) { return Error(Error::Kind::Storage, message); };

    bool create = false;
    switch (probe.state) {
    case Probe::State::Missing:
    case Probe::State::Empty:
    case Probe::State::EmptySqlite:
        if (mode != Mode::CreateIfMissing) {
            return refuse(probe.state == Probe::State::Missing
                              ? tr("The database %1 does not exist.").arg(shown)
                              : tr("%1 is empty: it is not a Pépin database yet.").arg(shown));
        }
        create = true;
        break;
    case Probe::State::NotSqlite:
        return refuse(tr("%1 is not a Pépin database (it is not an SQLite file); it was left untouched.").arg(shown));
    case Probe::State::Corrupt:
        return refuse(tr("%1 cannot be read, it may be damaged (%2); it was left untouched.").arg(shown, probe.detail));
    case Probe::State::Foreign:
        return refuse(tr("%1 is an SQLite database of another program, not a Pépin database; it was left untouched.").arg(shown));
    case Probe::State::Pepin:
        if (probe.version > schemaVersion) {
            return refuse(tr("%1 was written by a newer version of Pépin (schema %2; this version reads up to %3); "
                             "it was left untouched. Install a newer Pépin to open it.")
                              .arg(shown)
                              .arg(probe.version)
                              .arg(schemaVersion));
        }
        break;
    }

    if (create && probe.state == Probe::State::Missing) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return refuse(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // Contacts are personal data: a new database is readable by its owner only.
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return refuse(tr("Cannot create %1: %2").arg(shown, file.errorString()));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    std::unique_ptr<Database> db(new Database(path, uniqueConnectionName(QStringLiteral("db"))));
    db->m_versionBeforeOpen = probe.version;
    const bool migrate = !create && probe.version < schemaVersion;
    if (migrate) {
        // The copy is the file exactly as the older version left it: made before this version's
        // connection changes anything in it (its journal mode, to begin with).
        const QString aside = asideName(path, probe.version);
        if (Status copied = copyAside(path, aside); !copied)
            return Error(Error::Kind::Storage,
                         tr("The database needs updating, but it could not be copied aside first, so it was left as it was: %1")
                             .arg(copied.error().message()));
        db->m_migrationBackup = aside;
    }
    if (Status status = db->configureConnection(); !status)
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
    // Another program writing to the same file makes us wait up to 5 s rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
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

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query);
    return query;
}

Status Database::execute(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return sqlError(query);
    return done();
}

Error Database::sqlError(const QSqlQuery &query) const
{
    return Error(Error::Kind::Storage,
                 tr("Database error in %1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
}

Status Database::backupTo(const QString &target)
{
    if (QFileInfo::exists(target))
        return Error(Error::Kind::Storage, tr("%1 already exists.").arg(QDir::toNativeSeparators(target)));
    if (Result<QSqlQuery> query = run(m_dialect.backupInto(), {target}); !query)
        return query.error();
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return done();
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
        Result<QSqlQuery> begin = m_db.run(m_db.m_dialect.beginWrite());
        if (!begin) {
            m_beginError = begin.error();
            return;
        }
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
