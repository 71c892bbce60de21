// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"

#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace pepin {

namespace {

const QString dayFormat = QStringLiteral("yyyy-MM-dd");
const QString timeFormat = QStringLiteral("HHmmss");
const QString beforeRestoreTag = QStringLiteral("before-restore");

QString samePath(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

void removeWithLog(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Error nothingRestored(const Error &why)
{
    QList<Problem> problems = why.problems();
    problems.prepend(Problem{QString(), Backups::tr("Nothing was restored.")});
    return Error(why.kind(), problems);
}

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(databasePath)
{
    const QFileInfo info(databasePath);
    m_folder = info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
    m_base = info.completeBaseName();
}

Status Backups::ensureFolder() const
{
    if (QFileInfo(m_folder).isDir())
        return done();
    if (!QDir().mkpath(m_folder))
        return Error(Error::Kind::Storage, tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return done();
}

QList<Backups::Entry> Backups::list() const
{
    static const QString pattern = QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6})-(?:schema(\\d+)|(%2)))?\\.db$");
    const QRegularExpression name(pattern.arg(QRegularExpression::escape(m_base), beforeRestoreTag));
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.bytes = file.size();
        entry.made = file.lastModified();
        if (match.captured(2).isEmpty()) {
            entry.kind = Kind::Daily;
        } else if (!match.captured(3).isEmpty()) {
            entry.kind = Kind::BeforeUpdate;
            entry.schemaVersion = match.captured(3).toInt();
        } else {
            entry.kind = Kind::BeforeRestore;
        }
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.made > b.made; });
    return entries;
}

QString Backups::dailyPath(QDate day) const
{
    return QDir(m_folder).filePath(QStringLiteral("%1-%2.db").arg(m_base, day.toString(dayFormat)));
}

QString Backups::newPath(Kind kind, const QDateTime &when, int schemaVersion) const
{
    if (kind == Kind::Daily)
        return dailyPath(when.date());
    const QString tag = kind == Kind::BeforeUpdate ? QStringLiteral("schema%1").arg(schemaVersion) : beforeRestoreTag;
    // Two in the same second: the next second's name, so that every name still says when.
    for (QDateTime at = when;; at = at.addSecs(1)) {
        QString path = QDir(m_folder).filePath(
            QStringLiteral("%1-%2-%3-%4.db").arg(m_base, at.toString(dayFormat), at.toString(timeFormat), tag));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".part")))
            return path;
    }
}

Result<QString> Backups::makeDaily(Database &db, QDate today, int keep) const
{
    if (keep <= 0 || db.isOnServer()) // a server keeps its own
        return QString();
    if (Status folder = ensureFolder(); !folder)
        return folder.error();
    const QString path = dailyPath(today);
    QString made;
    if (!QFileInfo::exists(path)) {
        if (Status written = db.backupTo(path); !written)
            return written.error();
        made = path;
    }
    prune(keep);
    return made;
}

Result<QString> Backups::make(Database &db, Kind kind) const
{
    if (Status folder = ensureFolder(); !folder)
        return folder.error();
    const QString path = newPath(kind, QDateTime::currentDateTime(), db.fileSchemaVersionBeforeOpen());
    if (Status written = db.backupTo(path); !written)
        return written.error();
    return path;
}

void Backups::prune(int keep) const
{
    if (keep <= 0)
        return;
    // By the day in their names, not the files' times: a folder copied elsewhere keeps its order.
    QStringList daily;
    for (const Entry &entry : list()) {
        if (entry.kind == Kind::Daily)
            daily << entry.path;
    }
    std::sort(daily.begin(), daily.end(), std::greater<>());
    for (qsizetype i = keep; i < daily.size(); ++i)
        QFile::remove(daily.at(i));
}

Result<int> Backups::checkRestorable(const QString &path)
{
    const Database::FileState state = Database::examine(path);
    if (std::optional<Error> refused = Database::refusal(path, state, Database::Mode::OpenExisting))
        return nothingRestored(Error(Error::Kind::InvalidInput, refused->problems()));
    return state.version;
}

Result<QString> Backups::prepare(const QString &backup, int version) const
{
    if (Status folder = ensureFolder(); !folder)
        return folder.error();
    // A hidden name that list() does not take for a backup.
    const QString copy = QDir(m_folder).filePath(
        QStringLiteral(".restoring-%1.db").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
    removeWithLog(copy);
    if (Status copied = Database::copyDatabase(backup, copy); !copied)
        return copied.error();
    if (version < Database::schemaVersion) {
        Result<std::unique_ptr<Database>> updated = Database::open(copy, Database::Mode::OpenExisting);
        if (!updated) {
            removeWithLog(copy);
            return updated.error();
        }
        // The update's own backup of the copy is the backup being restored: not worth keeping.
        updated->reset();
        QDir(Backups(copy).folder()).removeRecursively();
    }
    return copy;
}

Result<Backups::Restored> Backups::restore(Database &db, const QString &backup)
{
    db.awaitPageCheck();
    if (db.isReadOnly()) {
        return nothingRestored(Error(Error::Kind::Storage, tr("%1 is open read-only (%2).")
                                                               .arg(QDir::toNativeSeparators(db.path()), db.readOnlyReason())));
    }
    const Result<int> version = checkRestorable(backup);
    if (!version)
        return version.error();
    if (samePath(backup) == samePath(db.path()))
        return nothingRestored(Error(Error::Kind::InvalidInput, tr("%1 is the database itself, not a backup of it.")
                                                                    .arg(QDir::toNativeSeparators(backup))));
    const Backups backups(db.path());
    const Result<QString> copy = backups.prepare(backup, *version);
    if (!copy)
        return nothingRestored(copy.error());
    const Result<QString> kept = backups.make(db, Kind::BeforeRestore);
    if (!kept) {
        removeWithLog(*copy);
        return nothingRestored(kept.error());
    }
    const Status replaced = db.replaceContentWith(*copy, QFileInfo(backup).fileName());
    removeWithLog(*copy);
    if (!replaced) {
        QFile::remove(*kept); // the same rows as the database, which was left as it was
        return nothingRestored(replaced.error());
    }
    return Restored{*kept, *version};
}

Result<Backups::Restored> Backups::restoreFile(const QString &databasePath, const QString &backup)
{
    using FileKind = Database::FileState::Kind;
    if (ServerAddress::isServerLocation(databasePath)) {
        const Result<ServerAddress> address = ServerAddress::parse(databasePath);
        return nothingRestored(Database::serverKeepsBackups(address ? address->shown() : databasePath));
    }
    const Result<int> version = checkRestorable(backup);
    if (!version)
        return version.error();
    if (samePath(backup) == samePath(databasePath))
        return nothingRestored(Error(Error::Kind::InvalidInput, tr("%1 is the database itself, not a backup of it.")
                                                                    .arg(QDir::toNativeSeparators(backup))));
    const Database::FileState state = Database::examine(databasePath);
    const Backups backups(databasePath);
    Restored restored{QString(), *version};
    switch (state.kind) {
    case FileKind::Pepin: {
        if (std::optional<Error> refused = Database::refusal(databasePath, state, Database::Mode::OpenExisting))
            return nothingRestored(*refused);
        Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Mode::OpenExisting);
        if (!db)
            return nothingRestored(db.error());
        return restore(**db, backup);
    }
    case FileKind::NotSqlite:
    case FileKind::Foreign:
        return nothingRestored(*Database::refusal(databasePath, state, Database::Mode::OpenExisting));
    case FileKind::Corrupt: {
        if (Status folder = backups.ensureFolder(); !folder)
            return nothingRestored(folder.error());
        const QString aside = QDir(backups.folder())
                                  .filePath(QStringLiteral("%1-%2-damaged.db")
                                                .arg(backups.m_base, QDateTime::currentDateTime().toString(
                                                                         QStringLiteral("yyyy-MM-dd-HHmmss"))));
        if (!QFile::rename(databasePath, aside)) {
            return nothingRestored(Error(Error::Kind::Storage, tr("%1 could not be moved aside into %2.")
                                                                   .arg(QDir::toNativeSeparators(databasePath),
                                                                        QDir::toNativeSeparators(backups.folder()))));
        }
        // Its log may hold committed changes: it goes with it. The shared-memory index is rebuilt
        // from them when needed.
        QFile::rename(databasePath + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
        restored.keptAs = aside;
        break;
    }
    case FileKind::Missing:
    case FileKind::Empty:
    case FileKind::EmptySqlite:
        break;
    }

    const Result<QString> copy = backups.prepare(backup, *version);
    if (!copy)
        return nothingRestored(copy.error());
    if (state.kind == FileKind::Empty || state.kind == FileKind::EmptySqlite)
        removeWithLog(databasePath);
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    if (!QFile::rename(*copy, databasePath)) {
        removeWithLog(*copy);
        return nothingRestored(
            Error(Error::Kind::Storage, tr("Cannot create %1.").arg(QDir::toNativeSeparators(databasePath))));
    }
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The file is the backup's now, history included; the restoration is the history's next entry.
    if (Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Mode::OpenExisting); db) {
        Database::Transaction tx(**db);
        const QString name = QFileInfo(backup).fileName();
        if (tx.ok()
            && AuditLog(**db).append(AuditAction::Restore, QStringLiteral("database"), 0, name, {}, {{QStringLiteral("backup"), name}}))
            (void)tx.commit();
    }
    return restored;
}

} // namespace pepin
