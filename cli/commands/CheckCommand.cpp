// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"

#include "service/Checker.h"
#include "util/Text.h"

#include <QDir>

namespace pepin::cli {

namespace {

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check the database's integrity and every business rule."); }
    QList<QCommandLineOption> options() const override { return {}; }

    int run(Context &context, const QCommandLineParser &) const override
    {
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        const QList<Checker::Finding> findings = Checker::check(*store);
        bool damaged = false;
        for (const Checker::Finding &finding : findings) {
            damaged = damaged || finding.severity == Checker::Finding::Severity::Damaged;
            context.err() << QStringLiteral("pepin-cli: check: ");
            if (!finding.where.isEmpty())
                context.err() << printable(finding.where) << QStringLiteral(": ");
            context.err() << printable(finding.message) << Qt::endl;
        }
        if (damaged)
            return ExitDatabase;
        if (!findings.isEmpty())
            return ExitInvalidInput;
        context.out() << tr("%1: no problem found (%n lease(s) checked).", nullptr, int(store->leases().size()))
                             .arg(QDir::toNativeSeparators(context.databasePath()))
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

void addCheckCommands(Commands &commands)
{
    commands.push_back(std::make_unique<CheckCommand>());
}

} // namespace pepin::cli
