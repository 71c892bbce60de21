// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pepin {

// Everything that differs between the SQL engines Pépin can store into, in one place. The
// schema files and the queries are otherwise standard SQL.
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine = Engine::SQLite)
        : m_engine(engine)
    {
    }

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // The schema file text with its placeholders (${ID}, ${REAL}) made concrete. On PostgreSQL,
    // text columns are unbounded, as SQLite's are whatever VARCHAR(n) says, and compare and sort
    // by code point (COLLATE "C"), as SQLite's do, whatever the server's locale: names are
    // unique, and lists ordered, the same on both engines. Index names end in _idx there.
    QString expandSchema(const QString &sql) const;

    // The placeholder of a new row's id in an INSERT: the value bound to it, or when it is NULL
    // the next id of `table`.
    QString newId(const QString &table) const;

    // What brings the next id of `table` past the ids rows were inserted with (PostgreSQL's
    // sequence does not see them; SQLite's next rowid does): empty where nothing is needed.
    QString followGivenIds(const QString &table) const;

    // Whether a statement without values is sent as it is rather than prepared (PostgreSQL
    // prepares only queries and data changes, not BEGIN, SET or CREATE).
    bool runsUnpreparedStatements() const { return m_engine == Engine::PostgreSQL; }

    // The statements of an SQL script: "--" comment lines dropped, split at the ';' that end
    // lines (the schema files keep to that shape).
    static QStringList statements(const QString &script);

    // Statements run once on every new connection (foreign keys, journal, durability; how long
    // a write waits for another's, `busyTimeoutMs`).
    QStringList connectionSetup(int busyTimeoutMs) const;

    // Start a write transaction that takes the write lock at once, so that a check made in it
    // still holds when its writes land, even with another program writing to the same database.
    // On PostgreSQL, Pépin's programs take one lock of their own (an advisory lock), so that
    // they write one at a time, as on SQLite.
    QStringList beginWrite() const;

    // A statement that writes a consistent copy of the live database to the file bound as its
    // single parameter. SQLite only: the rest of this block too, the backups and restores of a
    // database file.
    QString backupInto() const;

    // Restoring a backup in place: the backup is attached to the connection under `schema`
    // (its file bound as the single parameter), its rows copied over in one transaction whose
    // foreign keys are checked at its commit, then it is detached.
    QString attach(const QString &schema) const;
    QString detach(const QString &schema) const;
    QString deferForeignKeys() const;
    // The tables of a schema ("main" or an attached one), the engine's own left out.
    QString tablesOf(const QString &schema) const;
    // The tables of the database connected to, the engine's own left out (both engines).
    QString tables() const;
    // The columns of a table, as rows whose column `name` names one, in their order.
    QString columnsOf(const QString &schema, const QString &table) const;

    // Statements that make the engine refuse every UPDATE and DELETE of `table`'s rows (an
    // append-only log), with `why` as the error; and those that lift the guard again, inside a
    // transaction that puts it back before it commits.
    QStringList appendOnlyGuards(const QString &table, const QString &why) const;
    QStringList liftAppendOnlyGuards(const QString &table) const;

    // The integer value of `key` in the JSON object held as text in `column`, for a WHERE clause.
    QString jsonInteger(const QString &column, const QString &key) const;

    // Why a statement failed, from the engine's error code (SQLite's result code, PostgreSQL's
    // SQLSTATE), when it is something the user can act on: the disk is full, the database is
    // read-only, another program holds it, the server is out of reach, the user may not do it.
    enum class Failure { Other, DiskFull, ReadOnly, Busy, InputOutput, Connection, Denied };
    Failure failureOf(const QString &nativeErrorCode) const;

    // Statements whose rows list what is wrong with the file (none: all is well). The
    // integrity check answers one row "ok" when the file is sound. A server keeps its own
    // storage sound and its foreign keys always checked: there they find nothing.
    QString integrityCheck() const;
    QString foreignKeyCheck() const;

    // One row of two integers: how many times other connections committed to the database (it
    // changes when they do, whatever its value), and how many rows this connection changed.
    // Empty where the engine cannot tell (PostgreSQL): what is read is then never kept.
    QString changeStamp() const;

    // A statement that tells the other connections to the database, once the transaction it runs
    // in commits, what it changed: the channel and the message are bound as its two parameters.
    // Empty where the engine has no such thing (SQLite: other programs see the file change).
    QString announce() const;

    // A number written in the file's header that marks it as Pépin's; empty when the engine
    // has no such thing.
    QString readApplicationId() const;
    QString writeApplicationId() const;
    static constexpr int applicationId = 0x5045504E; // "PEPN"

private:
    Engine m_engine;
};

} // namespace pepin
