// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/ServerRoles.h"
#include "storage/StatementSources.h"
#include "storage/Tables.h"

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <mutex>
#include <vector>

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

// The first `count` bytes of the file at `path` (fewer if it is shorter), read through SQLite's
// own file layer rather than a file of ours: closing a file that this process also has open as a
// database, through another descriptor, would release every lock the process holds on it (POSIX
// locks belong to the process), and another program could then take the file for its own while it
// is in use here. SQLite's layer keeps such a descriptor open until its connections are closed.
Result<QByteArray> leadingBytes(const QString &path, int count)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return Error(Error::Kind::Storage, QStringLiteral("SQLite has no file layer"));
    const QByteArray given = QFile::encodeName(path);
    // A full path, followed by the empty list of parameters the layer may look for after it.
    QByteArray name(vfs->mxPathname + 4, '\0');
    if (vfs->xFullPathname(vfs, given.constData(), vfs->mxPathname, name.data()) != SQLITE_OK)
        name = given + QByteArray(4, '\0');
    std::vector<char> handle(std::size_t(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(handle.data());
    int flags = 0;
    const int opened = vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags);
    if (opened != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        // Why, in the system's words ("Permission denied"): a file the engine cannot open is
        // not open as a database here either.
        QFile unopened(path);
        return Error(Error::Kind::Storage, unopened.open(QIODevice::ReadOnly) ? QString::fromUtf8(sqlite3_errstr(opened))
                                                                             : unopened.errorString());
    }
    sqlite3_int64 size = 0;
    int read = file->pMethods->xFileSize(file, &size);
    QByteArray bytes(read == SQLITE_OK ? int(std::min<sqlite3_int64>(size, count)) : 0, '\0');
    if (read == SQLITE_OK && !bytes.isEmpty())
        read = file->pMethods->xRead(file, bytes.data(), int(bytes.size()), 0);
    file->pMethods->xClose(file);
    if (read != SQLITE_OK)
        return Error(Error::Kind::Storage, QString::fromUtf8(sqlite3_errstr(read)));
    return bytes;
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

// What PRAGMA quick_check says of the file `query`'s connection is open on: nullopt when every
// page is sound, otherwise what is wrong, as the engine says it.
std::optional<QString> pageDamage(QSqlQuery &query)
{
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return query.lastError().text();
    if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok"))
        return verdict.simplified();
    return std::nullopt;
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

// Why a database opened with Mode::ReadOnly is read-only (Database::readOnlyReason()).
QString openedForReadingOnly()
{
    return Database::tr("it was opened for reading only");
}

// Why a Pépin database of `state.version`, shown as `shown`, cannot be opened in `mode` by this
// version; nullopt when it can.
std::optional<Error> versionRefusal(const QString &shown, const Database::FileState &state, Database::Mode mode)
{
    if (mode == Database::Mode::CreateNew)
        return Error(Error::Kind::Storage, Database::tr("%1 already holds a Pépin database; it was left as it is.").arg(shown));
    if (state.version > Database::schemaVersion) {
        return Error(Error::Kind::Storage,
                     Database::tr("%1 was written by a newer version of Pépin (schema %2; this version reads up to %3); "
                                  "it was left untouched. Install a newer Pépin to open it.")
                         .arg(shown, QString::number(state.version), QString::number(Database::schemaVersion)));
    }
    if (mode == Database::Mode::ReadOnly && state.version < Database::schemaVersion) {
        return Error(Error::Kind::Storage,
                     Database::tr("%1 was written by an older version of Pépin and must be updated before this version can "
                                  "read it, which cannot be done read-only; it was left untouched.")
                         .arg(shown));
    }
    return std::nullopt;
}

// What the rows of pepin_meta say: whether the database is Pépin's, and its schema version.
void readMeta(QSqlQuery &query, Database::FileState &state)
{
    QString application;
    while (query.next()) {
        if (query.value(0).toString() == metaApplicationKey)
            application = query.value(1).toString();
        else if (query.value(0).toString() == metaVersionKey)
            state.version = query.value(1).toInt();
    }
    state.kind = (application == metaApplicationValue && state.version > 0) ? Database::FileState::Kind::Pepin
                                                                             : Database::FileState::Kind::Foreign;
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

Database::FileState Database::examine(const QString &path, PageCheck check)
{
    using Kind = FileState::Kind;
    FileState probe;
    if (!QFileInfo::exists(path))
        return probe;
    const Result<QByteArray> read = leadingBytes(path, 16);
    if (!read) {
        probe.kind = Kind::Corrupt;
        probe.detail = read.error().message();
        return probe;
    }
    const QByteArray &header = *read;
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
                    readMeta(query, probe);
                }
                // Damage in the pages not read above shows only in a pass over the whole file.
                if (probe.kind == Kind::Pepin && check == PageCheck::First) {
                    if (const std::optional<QString> damage = pageDamage(query)) {
                        probe.kind = Kind::Corrupt;
                        probe.detail = *damage;
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
        if (mode == Mode::CreateIfMissing || mode == Mode::CreateNew)
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
        return versionRefusal(shown, state, mode);
    }
    return std::nullopt;
}

std::optional<Error> Database::serverRefusal(const FileState &state, Mode mode) const
{
    using Kind = FileState::Kind;
    switch (state.kind) {
    case Kind::EmptySqlite:
        if (mode == Mode::CreateIfMissing || mode == Mode::CreateNew)
            return std::nullopt;
        return Error(Error::Kind::Storage, tr("%1 holds no Pépin database yet.").arg(shown()));
    case Kind::Foreign:
        return Error(Error::Kind::Storage,
                     tr("%1 holds the tables of another program, not a Pépin database; it was left untouched.").arg(shown()));
    case Kind::Pepin:
        return versionRefusal(shown(), state, mode);
    default:
        return Error(Error::Kind::Storage, tr("%1 cannot be read (%2); it was left untouched.").arg(shown(), state.detail));
    }
}

QString entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Sector: return QStringLiteral("sector");
    case Entity::Site: return QStringLiteral("site");
    case Entity::Office: return QStringLiteral("office");
    case Entity::Company: return QStringLiteral("company");
    case Entity::Lease: return QStringLiteral("lease");
    case Entity::Application: return QStringLiteral("application");
    }
    return {};
}

std::optional<Entity> entityOfKey(QStringView key)
{
    for (const Entity entity : {Entity::Sector, Entity::Site, Entity::Office, Entity::Company, Entity::Lease, Entity::Application}) {
        if (key == entityKey(entity))
            return entity;
    }
    return std::nullopt;
}

// "company:12 lease:4": what a commit changed, for the other connections. PostgreSQL carries
// up to 8000 bytes; past that, which entities changed is enough to have the pages read again.
QString Database::announcement(const QList<Change> &changes)
{
    constexpr qsizetype longest = 7900;
    QStringList parts;
    qsizetype length = 0;
    for (const Change &change : changes) {
        parts << QStringLiteral("%1:%2").arg(entityKey(change.entity)).arg(change.id);
        length += parts.last().size() + 1;
    }
    if (length <= longest)
        return parts.join(QLatin1Char(' '));
    QStringList entities;
    for (const Change &change : changes) {
        const QString part = entityKey(change.entity) + QStringLiteral(":0");
        if (!entities.contains(part))
            entities << part;
    }
    return entities.join(QLatin1Char(' '));
}

// Parts this version does not understand (a newer version's entities, anything malformed) are
// left out: an announcement only ever makes pages read again.
QList<Change> Database::announced(QStringView message)
{
    QList<Change> changes;
    for (const QStringView part : message.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const std::optional<Entity> entity = colon > 0 ? entityOfKey(part.left(colon)) : std::nullopt;
        bool isNumber = false;
        const qint64 id = colon > 0 ? part.mid(colon + 1).toLongLong(&isNumber) : 0;
        if (entity && isNumber && id >= 0)
            changes.append(Change{*entity, id});
    }
    return changes;
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

Result<std::unique_ptr<Database>> Database::open(const QString &location, Mode mode, const Seeder &seed, PageCheck check)
{
    if (ServerAddress::isServerLocation(location))
        return openServer(location, mode, seed);
    const QString &path = location;
    const QString shown = QDir::toNativeSeparators(path);
    FileState probe = examine(path, check);
    bool checkBeside = check == PageCheck::Beside && probe.kind == FileState::Kind::Pepin;
    // A file of an older schema is written to at once, to update it: its pages are checked first.
    if (checkBeside && probe.version < schemaVersion) {
        probe = examine(path);
        checkBeside = false;
    }
    if (std::optional<Error> refused = refusal(path, probe, mode))
        return *refused;
    const bool create = probe.kind != FileState::Kind::Pepin;
    const bool migrate = !create && probe.version < schemaVersion;

    // A file or folder that cannot be written: the database is read, never written.
    QString readOnly = mode == Mode::ReadOnly ? openedForReadingOnly() : QString();
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
    db->m_pageCheckDue = checkBeside;
    return db;
}

struct Database::PageChecker
{
    std::mutex mutex;
    sqlite3 *connection = nullptr; // the check's own, while it runs (null if the driver hides it)
    bool stopped = false;
    std::future<std::optional<QString>> verdict; // waits for the check when destroyed

    // Stops the check where it is: the database is being closed, its verdict is not wanted.
    void stop()
    {
        const std::lock_guard lock(mutex);
        stopped = true;
        if (connection)
            sqlite3_interrupt(connection);
    }
};

void Database::startPageCheck()
{
    if (!m_pageCheckDue)
        return;
    m_pageCheckDue = false;
    auto checker = std::make_unique<PageChecker>();
    checker->verdict = std::async(std::launch::async, [this, checker = checker.get(), path = m_path] {
        std::optional<QString> damage;
        const QString name = uniqueConnectionName(QStringLiteral("check"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            readOnlyTarget(db, path);
            if (!db.open()) {
                damage = db.lastError().text();
            } else {
                std::unique_lock lock(checker->mutex);
                if (!checker->stopped) {
                    checker->connection = sharedSqliteConnection(name);
                    lock.unlock();
                    QSqlQuery query(db);
                    damage = pageDamage(query);
                    lock.lock();
                    checker->connection = nullptr;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // Taken at once on the database's own thread, so that a damaged file turns read-only
        // before anything asks to write to it. The database waits for this thread before it
        // is destroyed, and a call queued for it then is dropped with it.
        QMetaObject::invokeMethod(this, "awaitPageCheck", Qt::QueuedConnection);
        return damage;
    });
    m_pageChecker = std::move(checker);
}

void Database::awaitPageCheck()
{
    startPageCheck();
    if (!m_pageChecker)
        return;
    const std::optional<QString> damage = m_pageChecker->verdict.get();
    m_pageChecker.reset();
    if (!damage)
        return;
    m_damage = *damage;
    m_readOnlyReason = tr("it may be damaged: %1").arg(*damage);
    emit foundDamaged(m_damage);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, Mode mode, const Seeder &seed)
{
    Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    // Its path is the address without a password, which messages and lists may show.
    std::unique_ptr<Database> db(
        new Database(address->url(), uniqueConnectionName(QStringLiteral("server")), SqlDialect(SqlDialect::Engine::PostgreSQL)));
    db->m_server = *address;
    if (Status connected = db->connectToServer(); !connected)
        return connected.error();
    const Result<FileState> state = db->examineServer();
    if (!state)
        return state.error();
    // What the server lets this user do (ServerRoles): the staff read the records, managers
    // change them too, and only the owner of the tables updates them to a new schema. Said
    // first: the tables a user may not read are hidden from them, as if the database were empty.
    const Result<ServerRoles::Access> access = ServerRoles::accessOf(*db);
    if (!access)
        return access.error();
    if (!access->unreadable.isEmpty())
        return Error(Error::Kind::Storage, tr("The server of %1 does not let %2 read its records (the table %3, among "
                                              "others): ask its administrator for the staff's role (%4) or the managers' (%5).")
                                               .arg(db->shown(), access->user, access->unreadable, ServerRoles::staff,
                                                    ServerRoles::managers));
    if (std::optional<Error> refused = db->serverRefusal(*state, mode))
        return *refused;
    db->m_versionBeforeOpen = state->version;
    const bool older = state->kind == FileState::Kind::Pepin && state->version < schemaVersion;
    if (mode == Mode::ReadOnly) {
        db->m_readOnlyReason = openedForReadingOnly();
    } else if (state->kind == FileState::Kind::Pepin) {
        if (older && !access->ownsTables)
            return Error(Error::Kind::Storage, tr("%1 was written by an older version of Pépin and must be updated, which only "
                                                  "the owner of its tables (%2) may do; it was left untouched. Ask them to open "
                                                  "it once with this version.")
                                                   .arg(db->shown(), access->owner));
        db->m_readOnlyReason = ServerRoles::readOnlyReason(*access);
    }
    if (db->isReadOnly()) {
        // The server refuses every write of this session too, not only Pépin's transactions.
        if (Result<QSqlQuery> readOnly = db->run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !readOnly)
            return readOnly.error();
    } else if (state->kind != FileState::Kind::Pepin) {
        if (Status created = db->createSchema(seed); !created)
            return created.error();
        db->m_created = true;
    } else if (older) {
        // PostgreSQL changes its schema inside transactions: the update is whole or not at all.
        if (Status migrated = db->migrateFrom(state->version); !migrated)
            return migrated.error();
    }
    if (Status listening = db->listenToOthers(); !listening)
        return listening.error();
    return db;
}

Status Database::connectToServer()
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName())) {
        return Error(Error::Kind::Storage,
                     tr("This installation of Pépin cannot reach a PostgreSQL server: Qt's PostgreSQL driver (QPSQL, in "
                        "Debian's package libqt6sql6-psql) is missing."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_server->configure(db);
    if (!db.open()) {
        const QString said = db.lastError().databaseText().trimmed();
        // libpq says it in words only, in English or in the user's language ("fe_sendauth: no
        // password supplied", "password authentication failed for user…"), never with a code.
        if (said.contains(QLatin1String("password"), Qt::CaseInsensitive)
            || said.contains(QLatin1String("mot de passe"), Qt::CaseInsensitive)) {
            return Error(Error::Kind::Credentials,
                         m_server->password.isEmpty()
                             ? tr("The server of %1 wants a password, and none was found in ~/.pgpass (%2).").arg(shown(), said)
                             : tr("The server of %1 refused the password given (%2).").arg(shown(), said));
        }
        return Error(Error::Kind::Storage, tr("Cannot connect to %1: %2").arg(shown(), said));
    }
    return runConnectionSetup();
}

Status Database::listenToOthers()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    const QString channel = QString::fromLatin1(announcementChannel);
    if (!driver->subscribeToNotification(channel)) {
        return Error(Error::Kind::Storage, tr("Cannot follow the changes others make to %1: %2")
                                               .arg(shown(), driver->lastError().text().trimmed()));
    }
    // This connection's own commits are announced when they are made (Transaction::commit).
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != channel || source == QSqlDriver::SelfSource)
                    return;
                const QList<Change> changes = announced(payload.toString());
                if (changes.isEmpty())
                    return;
                emit changed(changes);
                emit changedElsewhere(changes);
            });
    return done();
}

// In the terms of a file's states: no table is EmptySqlite (a database to create), other tables
// are Foreign, pepin_meta says the version.
Result<Database::FileState> Database::examineServer()
{
    FileState state;
    const Result<QStringList> names = firstColumn(m_dialect.tables());
    if (!names)
        return names.error();
    if (names->isEmpty()) {
        state.kind = FileState::Kind::EmptySqlite;
        return state;
    }
    if (!names->contains(QStringLiteral("pepin_meta"))) {
        state.kind = FileState::Kind::Foreign;
        return state;
    }
    Result<QSqlQuery> meta = run(QStringLiteral("SELECT key, value FROM pepin_meta"));
    if (!meta)
        return meta.error();
    readMeta(*meta, state);
    return state;
}

Database::Database(const QString &path, const QString &connectionName, SqlDialect dialect)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(dialect)
{
}

QString Database::shown() const
{
    return m_server ? m_server->shown() : QDir::toNativeSeparators(m_path);
}

Database::~Database()
{
    if (m_pageChecker) {
        m_pageChecker->stop();
        m_pageChecker.reset(); // waits for its thread
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::openConnection(const std::function<void(QSqlDatabase &)> &aim)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    aim(db);
    if (!db.open()) {
        return Error(Error::Kind::Storage,
                     tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    return done();
}

Status Database::configureConnection()
{
    Status opened = openConnection([this](QSqlDatabase &db) {
        db.setDatabaseName(m_path);
        // Another program writing to the same file makes us wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    });
    return opened ? runConnectionSetup() : opened;
}

Status Database::runConnectionSetup()
{
    for (const QString &statement : m_dialect.connectionSetup(busyTimeoutMs)) {
        if (Result<QSqlQuery> query = run(statement); !query)
            return query.error();
    }
    return done();
}

Status Database::configureReadOnlyConnection()
{
    if (Status opened = openConnection([this](QSqlDatabase &db) { readOnlyTarget(db, m_path); }); !opened)
        return opened;
    // Nothing else to set: the journal mode and durability concern writes.
    if (Result<QSqlQuery> query = run(QStringLiteral("SELECT count(*) FROM pepin_meta")); !query)
        return query.error();
    return done();
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &path)
{
    std::unique_ptr<Database> reader(new Database(path, uniqueConnectionName(QStringLiteral("reader"))));
    reader->m_readOnlyReason = openedForReadingOnly();
    // With the engine's locks, as any connection: the file is open for writing beside it.
    const Status opened = reader->openConnection([&path](QSqlDatabase &db) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    });
    if (!opened)
        return opened.error();
    return reader;
}

Status Database::createSchema(const Seeder &seed)
{
    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    if (Status status = applySchemaSteps(0); !status)
        return status;
    if (const QString mark = m_dialect.writeApplicationId(); !mark.isEmpty()) {
        if (Result<QSqlQuery> id = run(mark); !id)
            return id.error();
    }
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
    if (Status status = applySchemaSteps(version); !status) {
        if (aside.isEmpty())
            return Error(Error::Kind::Storage, tr("Updating the database from schema %1 to %2 failed, and it was left as it was: %3")
                                                   .arg(version)
                                                   .arg(schemaVersion)
                                                   .arg(status.error().message()));
        return Error(Error::Kind::Storage,
                     tr("Updating the database from schema %1 to %2 failed, and it was left as it was (a copy is in %3): %4")
                         .arg(version)
                         .arg(schemaVersion)
                         .arg(QDir::toNativeSeparators(aside), status.error().message()));
    }
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
    if (values.isEmpty() && m_dialect.runsUnpreparedStatements()) {
        if (!query.exec(sql))
            return sqlError(query);
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return query;
}

Result<QStringList> Database::firstColumn(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = run(sql, values);
    if (!query)
        return query.error();
    QStringList column;
    while (query->next())
        column << query->value(0).toString();
    return column;
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
    const QString sql = m_dialect.changeStamp();
    if (sql.isEmpty())
        return Error(Error::Kind::Storage, tr("The database cannot tell whether it changed."));
    Result<Rows> rows = select(sql);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return rows->failure() ? *rows->failure() : Error(Error::Kind::Storage, tr("The database did not say whether it changed."));
    return Stamp{rows->integer(0), rows->integer(1)};
}

Status Database::followGivenIds(const QString &table)
{
    const QString sql = m_dialect.followGivenIds(table);
    if (sql.isEmpty())
        return done();
    if (Result<QSqlQuery> followed = run(sql); !followed)
        return followed.error();
    return done();
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
    const QString shown = this->shown();
    if (!m_server && !QFileInfo::exists(m_path))
        return removedError();
    switch (m_dialect.failureOf(nativeCode)) {
    case SqlDialect::Failure::DiskFull:
        return Error(Error::Kind::Storage, tr("The disk that holds %1 is full: the change was not saved, and the database "
                                              "is as it was before it. Free some space on the disk, then try again.")
                                               .arg(shown));
    case SqlDialect::Failure::ReadOnly:
        if (m_server)
            return Error(Error::Kind::Storage, tr("%1 is open for reading only: the change was not saved.").arg(shown));
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
    case SqlDialect::Failure::Connection:
        return Error(Error::Kind::Storage, tr("The connection to %1 was lost (%2): the change was not saved. Check the "
                                              "network, then open the database again.")
                                               .arg(shown, text.trimmed()));
    case SqlDialect::Failure::Denied:
        return Error(Error::Kind::Storage, tr("The server of %1 does not let this user do that (%2): nothing was changed. "
                                              "Ask its administrator for the right role.")
                                               .arg(shown, text.trimmed()));
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
    return Error(Error::Kind::Storage, tr("Nothing can be changed: %1 is open read-only (%2).").arg(shown(), m_readOnlyReason));
}

Error Database::serverKeepsBackups(const QString &shown)
{
    return Error(Error::Kind::Storage, tr("%1 is on a server, which keeps its own backups: ask its administrator to back it "
                                          "up or to restore it (pg_dump, pg_restore).")
                                           .arg(shown));
}

Status Database::backupTo(const QString &target)
{
    if (m_server)
        return serverKeepsBackups(shown());
    return writeWhole(target, [this](const QString &part) -> Status {
        if (Result<QSqlQuery> query = run(m_dialect.backupInto(), {part}); !query)
            return query.error();
        return done();
    });
}

Status Database::replaceContentWith(const QString &source, const QString &backupName)
{
    awaitPageCheck();
    if (isReadOnly())
        return readOnlyError();
    if (m_server)
        return serverKeepsBackups(shown());
    const QString alias = QStringLiteral("restored");
    if (Result<QSqlQuery> attached = run(m_dialect.attach(alias), {source}); !attached)
        return attached.error();
    auto tablesOf = [this](const QString &schema) { return firstColumn(m_dialect.tablesOf(schema)); };
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
        // Said plainly before the engine is asked: a read-only database (or one whose pages
        // were found damaged), or a file that is gone (writing to a deleted file would seem to
        // work and be lost at close).
        m_db.awaitPageCheck();
        if (m_db.isReadOnly()) {
            m_beginError = m_db.readOnlyError();
            return;
        }
        if (!m_db.m_server && !QFileInfo::exists(m_db.m_path)) {
            m_beginError = m_db.removedError();
            return;
        }
        const QStringList begin = m_db.m_dialect.beginWrite();
        for (const QString &statement : begin) {
            if (Result<QSqlQuery> begun = m_db.run(statement); !begun) {
                m_beginError = begun.error();
                if (statement != begin.first())
                    (void)m_db.run(QStringLiteral("ROLLBACK"));
                return;
            }
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
    // The other connections hear of the change when it commits, and only if it does.
    if (const QString announce = m_db.m_dialect.announce(); !announce.isEmpty() && !m_db.m_pending.isEmpty()) {
        if (Result<QSqlQuery> announced = m_db.run(announce, {QString::fromLatin1(announcementChannel), announcement(m_db.m_pending)});
            !announced) {
            (void)m_db.run(QStringLiteral("ROLLBACK"));
            m_db.m_pending.clear();
            return announced.error();
        }
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
