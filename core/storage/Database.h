// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ServerAddress.h"
#include "storage/Statements.h"
#include "storage/SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace pepin {

// What a change notification is about.
enum class Entity { Sector, Site, Office, Company, Lease, Application };

struct Change
{
    Entity entity;
    qint64 id; // 0: some records of the entity, not said which (a large change made elsewhere)
    bool operator==(const Change &) const = default;
};

// How the change history and the announcements between connections name an entity: "company",
// "lease"…; and back (nullopt for a name this version does not know).
QString entityKey(Entity entity);
std::optional<Entity> entityOfKey(QStringView key);

// One Pépin database, on its own named connection: a file (SQLite), or a database on a
// PostgreSQL server, named by its address (ServerAddress: postgresql://user@host/dbname).
//
// Opening never changes a file that is not a Pépin database of this version or an older one:
// a missing, foreign, corrupt or newer file is refused and left byte for byte as it was. An
// older file is backed up (Backups::Kind::BeforeUpdate), then migrated in one transaction.
//
// Durability: every write runs in a transaction (Transaction) that takes the write lock at
// once; the journal is a write-ahead log with synchronous commits (synchronous = FULL), so a
// change reported done is on the disk, and survives a crash of the program or of the machine.
// Another program writing to the file makes a writer wait (busy timeout) rather than fail.
//
// A file or folder this program cannot write to is opened read-only: everything can be read,
// every write is refused with the reason (readOnlyReason()).
//
// On a server, the same schema, in the database the address names (its current schema). A
// database with no table becomes a Pépin database (Mode::CreateIfMissing); one that holds other
// tables is refused. The server keeps its data safe itself: the backups and restores of files,
// and their checks, do not apply there; its migrations are one transaction, as on a file.
// Several people work on it at once: each commit tells the other connections what it changed
// (LISTEN/NOTIFY), and they announce it as their own (`changed`), so that open pages follow.
class Database : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 5;
    // How long a write waits for another program's write to finish before it gives up.
    static constexpr int busyTimeoutMs = 5000;

    enum class Mode {
        OpenExisting,    // the file must be a Pépin database
        CreateIfMissing, // a missing or empty file becomes a new Pépin database
        CreateNew,       // as CreateIfMissing, but a Pépin database already there, of any version, is refused
        ReadOnly,        // the file must be a Pépin database of this version; nothing is written
    };

    // When the pages of an existing file are checked (PRAGMA quick_check: every page of the file,
    // read through the engine), so that a damaged file is never written to.
    enum class PageCheck {
        First,  // before the file is opened: a damaged file is refused, as one that is not a
                // Pépin database is (the command line, which reads a file once and is done)
        Beside, // on a thread of its own with its own connection, once startPageCheck() is
                // called: the window calls it from its event loop, once the first read of the
                // records (Store::readLists) and the dashboard's figures are done, so that the
                // check shares the processors with neither (MainWindow::openStore). Every write
                // waits for its verdict, and starts the check first if nothing did; a damaged
                // file becomes read-only (foundDamaged). A file that must be updated to this
                // schema is checked first all the same.
    };

    // What a file is, found without writing to it.
    struct FileState
    {
        enum class Kind { Missing, Empty, NotSqlite, Corrupt, EmptySqlite, Foreign, Pepin };
        Kind kind = Kind::Missing;
        int version = 0;    // the schema version of a Pépin database
        QString detail;     // what the engine said about a corrupt file
    };
    // With PageCheck::Beside, the pages are not checked: a file that is damaged past its schema and
    // its pepin_meta table is taken for a sound one.
    static FileState examine(const QString &path, PageCheck check = PageCheck::First);
    // Why a file in `state` cannot be opened in `mode` by this version, in a sentence that names
    // it; nullopt when it can.
    static std::optional<Error> refusal(const QString &path, const FileState &state, Mode mode);

    // What stops this program from writing to the database at `path` — the file or its folder is
    // read-only — in a sentence for the user; empty when nothing does.
    static QString writeBlocker(const QString &path);

    // Why a server database (`shown` as Database::shown() says it) has no backups of Pépin's
    // making: its server keeps its own.
    static Error serverKeepsBackups(const QString &shown);

    // Writes a consistent copy of the SQLite database at `source` to `target` (which must not
    // exist), through the engine and without writing to `source`: never a copy of its bytes, which
    // could catch another program's write half done.
    static Status copyDatabase(const QString &source, const QString &target);

    // Fills a new database in the same transaction as its schema (the default sectors).
    using Seeder = std::function<Status(Database &)>;

    // Opens the file at `location`, or the server database at that address (`check` applies to
    // files only: a server keeps its data sound itself).
    static Result<std::unique_ptr<Database>> open(const QString &location, Mode mode, const Seeder &seed = {},
                                                  PageCheck check = PageCheck::First);

    // Another connection to the file at `path`, which a Database of this process has open, for
    // reading only, on the thread that calls this (the database returned belongs to it). Neither
    // examined nor checked: the Database that opened the file did both.
    static Result<std::unique_ptr<Database>> openReader(const QString &path);

    ~Database() override;

    // The file's path, or the server's address (without a password).
    QString path() const { return m_path; }
    // Whether the database is on a server (its address), not in a file.
    bool isOnServer() const { return m_server.has_value(); }
    const std::optional<ServerAddress> &server() const { return m_server; }
    // The database as the user knows it, for messages: the file's path, or “the database pepin
    // on db.cci.fr”.
    QString shown() const;
    const SqlDialect &dialect() const { return m_dialect; }
    bool wasCreated() const { return m_created; }
    QString migrationBackupPath() const { return m_migrationBackup; } // empty if none was made
    int fileSchemaVersionBeforeOpen() const { return m_versionBeforeOpen; }
    // Opened read-only (Mode::ReadOnly, or a file or folder that cannot be written), and why, in
    // a sentence for the user.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // What the check of the pages made beside the reads (PageCheck::Beside) found wrong, as the
    // engine said it; empty while they are sound, or not checked yet.
    QString damage() const { return m_damage; }
    // Starts the check of the pages beside the reads (PageCheck::Beside), if it is due and not
    // started yet; its verdict comes through the event loop (foundDamaged).
    void startPageCheck();
    // Waits for the check of the pages made beside the reads, starting it if it is due, and
    // takes its verdict. Every write does this first; the check's thread calls it too when it is
    // done.
    Q_INVOKABLE void awaitPageCheck();

    // Prepares, binds and runs one statement.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    // Runs one SELECT and returns the first column of its rows, as text (names of tables, roles…).
    Result<QStringList> firstColumn(const QString &sql, const QVariantList &values = {});

    // Prepares, binds and runs one SELECT, for reading its rows forward (Rows): through SQLite's
    // own interface where it can, which reads a network's portfolio several times faster.
    Result<Rows> select(const QString &sql, const QVariantList &values = {});
    // Whether select() and prepare() step statements through SQLite's own interface; turned
    // off, they go through Qt Sql as on other engines (the tests compare the two).
    bool readsNatively() const;
    void setNativeReads(bool on) { m_nativeReads = on; }

    // What tells whether the database changed since it was last read: the commits of other
    // connections (SQLite's data_version, which this connection's own commits leave alone) and
    // the rows this connection changed. Equal stamps mean the same rows.
    struct Stamp
    {
        qint64 othersCommits = 0;
        qint64 ownChanges = 0;
        bool operator==(const Stamp &) const = default;
    };
    Result<Stamp> stamp();
    // The stamp when the last write transaction began (it holds the write lock from then on, so
    // that the stamp and the changes it announces say all that happened to the file since).
    std::optional<Stamp> stampAtLastBegin() const { return m_stampAtBegin; }
    // Whether a write transaction is open: what is read then may not be committed yet.
    bool inTransaction() const { return m_depth > 0; }

    // After rows of `table` were inserted with ids of their own: the next new row's id comes
    // after them.
    Status followGivenIds(const QString &table);

    // A statement prepared once, then bound and run many times (bulk writes): the same SQL for
    // every row costs its parsing once. Through SQLite's own interface where select() is.
    Result<Statement> prepare(const QString &sql);

    // Writes a consistent copy of the database to `target` (which must not exist), readable by
    // its owner only. The copy appears whole or not at all: it is written beside, then renamed.
    Status backupTo(const QString &target);

    // Replaces every row of the database with those of the Pépin database of this schema version
    // at `source`, in one transaction: other programs with the file open see the old rows or the
    // new ones, never a mix. Refused, with nothing changed, when a row breaks a foreign key.
    // The change history is kept, not replaced (it already holds the backup's past), and records
    // the restoration of `backupName`.
    Status replaceContentWith(const QString &source, const QString &backupName);

    // Makes the change history append-only (AuditLog): the engine refuses to edit or delete
    // its entries. Part of the schema; run again by the one sanctioned rewrite of the history.
    Status guardHistory();

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

    // The channel on which connections to a server database tell each other what they changed.
    static constexpr const char *announcementChannel = "pepin_changes";
    // The message that announces `changes` to the other connections, and back. A message too
    // long for the server (8000 bytes) names the entities only (ids 0).
    static QString announcement(const QList<Change> &changes);
    static QList<Change> announced(QStringView message);

signals:
    // What a commit changed: this connection's, or on a server another connection's (then
    // `changedElsewhere` follows with the same changes).
    void changed(const QList<pepin::Change> &changes);
    void changedElsewhere(const QList<pepin::Change> &changes);
    // The check of the pages made beside the reads found the file damaged: it is read-only from
    // now on (readOnlyReason(), damage()).
    void foundDamaged(const QString &damage);

private:
    Database(const QString &path, const QString &connectionName, SqlDialect dialect = SqlDialect());
    static Result<std::unique_ptr<Database>> openServer(const QString &location, Mode mode, const Seeder &seed);
    Status connectToServer();
    // Listens to the other connections' announcements (announcementChannel).
    Status listenToOthers();
    // What the server database holds, found without writing to it.
    Result<FileState> examineServer();
    std::optional<Error> serverRefusal(const FileState &state, Mode mode) const;
    // Adds this database's connection, aimed at its file by `aim`, and opens it.
    Status openConnection(const std::function<void(QSqlDatabase &)> &aim);
    Status runConnectionSetup();
    Status configureConnection();
    Status configureReadOnlyConnection();
    Status createSchema(const Seeder &seed);
    Status migrateFrom(int version);
    Status applySchemaSteps(int fromVersion);
    // What a schema step needs beyond its SQL: values only the program can compute.
    Status fillMatchKeys();
    // The SQLite connection select() and prepare() step their statements on; null when they go
    // through Qt Sql.
    sqlite3 *nativeConnection() const;
    Error sqlError(const QSqlQuery &query) const;
    Error sqlError(const QString &nativeCode, const QString &text) const;
    Error removedError() const;
    Error readOnlyError() const;


    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    std::optional<ServerAddress> m_server;
    bool m_created = false;
    int m_versionBeforeOpen = 0;
    QString m_migrationBackup;
    QString m_readOnlyReason;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    bool m_nativeReads = true;
    QList<Change> m_pending;
    std::optional<Stamp> m_stampAtBegin;
    struct PageChecker;
    bool m_pageCheckDue = false; // PageCheck::Beside, not started yet
    std::unique_ptr<PageChecker> m_pageChecker; // while a check beside the reads is running or unread
    QString m_damage;
};

} // namespace pepin
