// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"

#include "storage/ServerRoles.h"

#include <QDir>

namespace pepin::cli {

namespace {

// `pepin-cli --db ADDRESS server init-roles`: the managers' and the staff's roles on a server
// (storage/ServerRoles.h), and who holds them.
class InitRolesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::InitRolesCommand)

public:
    QString name() const override { return QStringLiteral("server init-roles"); }
    QString summary() const override
    {
        return tr("Create the server's roles (pepin_managers change the records, pepin_staff read them and make reports) "
                  "and grant them their rights on the database; make the users given members.");
    }
    QString synopsis() const override { return QStringLiteral("[--manager USER]... [--staff USER]..."); }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("manager"), tr("A user of the server to make a manager (may be repeated)."),
                                   QStringLiteral("USER")),
                QCommandLineOption(QStringLiteral("staff"), tr("A user of the server to make one of the staff (may be repeated)."),
                                   QStringLiteral("USER"))};
    }

    int run(Context &context, const QCommandLineParser &parser) const override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.usage(tr("server init-roles takes no argument; give users with --manager and --staff."));
        // Said before anything is opened: a file that does not exist is no more a server's.
        if (!ServerAddress::isServerLocation(context.databasePath()))
            return context.fail(ServerRoles::notOnServer(QDir::toNativeSeparators(context.databasePath())), name());
        Store *store = context.store();
        if (!store)
            return context.failureCode();
        const ServerRoles::Members members{parser.values(QStringLiteral("manager")), parser.values(QStringLiteral("staff"))};
        const Result<ServerRoles::Report> report = ServerRoles::initialize(store->database(), members);
        if (!report)
            return context.fail(report.error(), name());

        QTextStream &out = context.out();
        out << tr("Roles on the server of %1:").arg(store->database().shown()) << Qt::endl;
        Table roles({{QStringLiteral("role"), tr("Role"), Table::Kind::Code},
                     {QStringLiteral("state"), tr("State"), Table::Kind::Text},
                     {QStringLiteral("may"), tr("May"), Table::Kind::Text}});
        for (const QString &role : {ServerRoles::managers, ServerRoles::staff}) {
            const QString state = report->created.contains(role) ? tr("created") : tr("already there");
            const QString may = role == ServerRoles::managers ? tr("read, add, change and remove records; add to the history")
                                                              : tr("read the records and make reports");
            roles.addRow({Table::text(role), Table::text(state), Table::text(may)});
        }
        roles.print(context, OutputFormat::Text);
        out << tr("Granted on its %1 tables and their id sequences; the change history is read and added to only.")
                   .arg(report->tables.size())
            << Qt::endl;
        for (const ServerRoles::Report::Membership &member : report->members) {
            out << (member.added ? tr("%1 is now a member of %2.") : tr("%1 was already a member of %2.")).arg(member.user, member.role)
                << Qt::endl;
        }
        out << tr("Roles belong to the whole server: a member has the same role in every Pépin database there that was given "
                  "its rights. To add a user later, run this command again with --manager NAME or --staff NAME, or in psql: "
                  "GRANT %1 TO name;")
                   .arg(ServerRoles::managers)
            << Qt::endl;
        return ExitOk;
    }
};

} // namespace

void addServerCommands(Commands &commands)
{
    commands.push_back(std::make_unique<InitRolesCommand>());
}

} // namespace pepin::cli
