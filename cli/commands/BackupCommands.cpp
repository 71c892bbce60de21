// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"

#include "service/Transfer.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFileInfo>

namespace pepin::cli {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("Write a consistent copy of the database to a new file, even while it is in use.");
    }
    QString synopsis() const override { return QStringLiteral("-o FILE"); }

    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The backup file to write (must not exist)."),
                                   QStringLiteral("FILE"))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const QString target = parser.value(QStringLiteral("output"));
        if (target.isEmpty())
            return context.usage(tr("backup needs -o FILE, the file to write."));
        if (QFileInfo::exists(target))
            return context.invalid({Problem{QStringLiteral("output"),
                                            tr("%1 already exists; it was left as it is. Choose a new file.").arg(shown(target))}});
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        if (Status written = store->database().backupTo(target); !written)
            return context.fail(written.error(), name());
        context.out() << tr("Backed up %1 to %2.").arg(shown(context.databasePath()), shown(target)) << Qt::endl;
        return ExitOk;
    }
};

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return tr("Replace the database's data with a backup's; what it replaces is kept as a backup first.");
    }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QList<QCommandLineOption> options() const override { return {}; }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1)
            return context.usage(tr("restore needs one FILE, the backup to restore."));
        const Result<Backups::Restored> restored = Backups::restoreFile(context.databasePath(), files.first());
        if (!restored)
            return context.fail(restored.error(), name());
        context.out() << tr("Restored %1 from %2.").arg(shown(context.databasePath()), shown(files.first())) << Qt::endl;
        if (!restored->keptAs.isEmpty())
            context.out() << tr("What it replaced was kept in %1.").arg(shown(restored->keptAs)) << Qt::endl;
        return ExitOk;
    }
};

class BackupsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override { return tr("List the backups kept beside the database, newest first."); }
    QString synopsis() const override { return QStringLiteral("[--format text|csv|json]"); }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("format"), tr("text, csv or json."), QStringLiteral("FORMAT"))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const std::optional<OutputFormat> format = context.outputFormat(parser);
        if (!format)
            return ExitUsage;
        Table table({{QStringLiteral("made"), tr("Made"), Table::Kind::Text},
                     {QStringLiteral("kind"), tr("Kind"), Table::Kind::Code},
                     {QStringLiteral("bytes"), tr("Bytes"), Table::Kind::Integer},
                     {QStringLiteral("file"), tr("File"), Table::Kind::Text}});
        for (const Backups::Entry &entry : Backups(context.databasePath()).list()) {
            table.addRow({Table::text(entry.made.toString(Qt::ISODate)), kindCell(entry), Table::integer(entry.bytes),
                          Table::text(shown(entry.path))});
        }
        table.print(context, *format);
        return ExitOk;
    }

private:
    static Table::Cell kindCell(const Backups::Entry &entry)
    {
        switch (entry.kind) {
        case Backups::Kind::Daily:
            return Table::Cell{QStringLiteral("daily"), tr("daily")};
        case Backups::Kind::BeforeUpdate:
            return Table::Cell{QStringLiteral("before-update"), tr("before update of schema %1").arg(entry.schemaVersion)};
        case Backups::Kind::BeforeRestore:
            return Table::Cell{QStringLiteral("before-restore"), tr("before a restore")};
        }
        return Table::none();
    }
};

// `pepin-cli migrate --to TARGET`: the database copied whole to a server, or from one to a file.
class MigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override
    {
        return tr("Copy the database whole to a PostgreSQL server's empty database, or from a server to a new file, "
                  "then check that the copy holds the same records and figures.");
    }
    QString synopsis() const override { return QStringLiteral("--to ADDRESS|FILE"); }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("to"),
                                   tr("Where to copy it: postgresql://user@host:port/dbname (an empty database), or a new file."),
                                   QStringLiteral("ADDRESS|FILE"))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const QString target = parser.value(QStringLiteral("to"));
        if (target.isEmpty())
            return context.usage(tr("migrate needs --to, where to copy the database."));
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        const Result<Transfer::Report> copied = Transfer::run(*store, target, context.today());
        if (!copied)
            return context.fail(copied.error(), name());
        const QString shownTarget = ServerAddress::isServerLocation(target) ? target : shown(target);
        context.out() << tr("Copied %1 to %2, in one transaction, and checked it:").arg(store->database().shown(), shownTarget)
                      << Qt::endl;
        Table table({{QStringLiteral("table"), tr("Table"), Table::Kind::Code}, {QStringLiteral("rows"), tr("Rows"), Table::Kind::Integer}});
        for (const auto &[name, rows] : copied->rows)
            table.addRow({Table::text(name), Table::integer(rows)});
        table.print(context, OutputFormat::Text);
        const Format format = context.format();
        const OccupancySnapshot &occupancy = copied->occupancy;
        context.out() << tr("Every record is the same in both, and so is the occupancy on %1: %2 of %3 offices, %4 of %5, "
                            "%6 of %7 workstations.")
                             .arg(format.date(occupancy.date), format.number(occupancy.offices.occupied),
                                  format.integer(qint64(occupancy.offices.total)), format.area(occupancy.area.occupied),
                                  format.area(occupancy.area.total), format.number(occupancy.workstations.occupied),
                                  format.integer(qint64(occupancy.workstations.total)))
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

void addBackupCommands(Commands &commands)
{
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<BackupsCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
}

} // namespace pepin::cli
