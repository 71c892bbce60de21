// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"

#include "demo/DemoData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pepin::cli {

namespace {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create a new database (with --demo: the Ateliers numériques example)."); }
    QString synopsis() const override { return QStringLiteral("[--demo]"); }

    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("demo"),
                                   tr("Fill it with the demo incubator, dated relative to today."))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        const QString path = context.databasePath();
        const QString shown = QDir::toNativeSeparators(path);
        if (QFileInfo(path).size() > 0) {
            context.err() << tr("pepin-cli: init: %1 already exists; it was left as it is. Choose another file with --db.").arg(shown)
                          << Qt::endl;
            return ExitInvalidInput;
        }
        Store *store = context.store(Database::Mode::CreateIfMissing);
        if (!store)
            return context.failureCode();
        if (parser.isSet(QStringLiteral("demo"))) {
            if (Status filled = DemoData::populate(*store, context.clock()); !filled) {
                // Leave no half-made database behind.
                context.closeStore();
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(path + suffix);
                return context.fail(filled.error(), name());
            }
            context.out() << tr("Created %1 with the demo data.").arg(shown) << Qt::endl;
        } else {
            context.out() << tr("Created %1.").arg(shown) << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

void addInitCommands(Commands &commands)
{
    commands.push_back(std::make_unique<InitCommand>());
}

} // namespace pepin::cli
