// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pepin {

class Database;

// The backups of one database file, kept in a folder beside it: pepin.db has pepin.db.backups/.
// Beside, rather than in the user's data folder, so that they follow the database wherever it
// is kept (a shared drive, a USB key) and stay with the right one when there are several.
//
// Every backup is made by the engine's online backup (Database::backupTo, VACUUM INTO): a
// consistent copy even while another program writes, never a copy of the file's bytes. Each is
// readable by its owner only, and appears whole or not at all. Their names say what they are:
//
//   pepin-2026-11-29.db                        Daily: the first opening of the day
//   pepin-2026-11-29-101500-schema3.db         BeforeUpdate: before schema 3 was updated
//   pepin-2026-11-29-101500-before-restore.db  BeforeRestore: what a restore replaced
//
// Only the daily backups are rotated; the others are kept until someone removes them.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Backups)

public:
    enum class Kind { Daily, BeforeUpdate, BeforeRestore };

    struct Entry
    {
        QString path;
        Kind kind = Kind::Daily;
        QDateTime made;
        qint64 bytes = 0;
        int schemaVersion = 0; // BeforeUpdate: the version it holds
    };

    static constexpr int defaultKeep = 7;

    explicit Backups(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Creates the folder when missing, readable by its owner only.
    Status ensureFolder() const;

    // The backups there, newest first. Files that are not backups of this database are left out.
    QList<Entry> list() const;

    // Where a new backup of `kind` made at `when` goes (a name not taken yet).
    QString newPath(Kind kind, const QDateTime &when, int schemaVersion = 0) const;
    QString dailyPath(QDate day) const;

    // The daily backup: made when `today` has none yet, then the daily backups past the `keep`
    // newest are removed. Returns the backup made, or an empty path when there was one already
    // or `keep` is 0 (no automatic backups).
    Result<QString> makeDaily(Database &db, QDate today, int keep) const;
    // A backup of `kind`, now.
    Result<QString> make(Database &db, Kind kind) const;
    // Removes the daily backups past the `keep` newest.
    void prune(int keep) const;

    // Whether `path` can be restored: a sound Pépin database of this version or an older one.
    // Returns its schema version, or why not in a sentence that names it.
    static Result<int> checkRestorable(const QString &path);

    struct Restored
    {
        QString keptAs;        // the backup of what was replaced; empty when nothing was
        int backupVersion = 0; // the schema version of the backup restored
    };

    // Puts the rows of the backup at `backup` in place of those of `db`, in one transaction, after
    // backing up what they replace (Kind::BeforeRestore). A backup of an older version is
    // updated first, on a copy; the backup itself is never changed. Other programs with the
    // database open see the restored rows at their next read.
    static Result<Restored> restore(Database &db, const QString &backup);

    // The same for the database at `databasePath`, whatever state it is in: a missing file is
    // created from the backup; a damaged one is moved into the backups folder (renamed, its bytes
    // kept for whoever wants to look at them) and replaced — which must only be done when no
    // other program has it open. Another program's file, or a newer Pépin's, is refused.
    static Result<Restored> restoreFile(const QString &databasePath, const QString &backup);

private:
    // A copy of `backup` at this version's schema, beside the backups, to restore from.
    Result<QString> prepare(const QString &backup, int version) const;

    QString m_databasePath;
    QString m_folder;
    QString m_base; // the database's name without its extension: "pepin"
};

} // namespace pepin
