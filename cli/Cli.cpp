// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Command.h"
#include "Context.h"

#include "service/Paths.h"
#include "service/Translation.h"
#include "util/Parse.h"

#include <QCoreApplication>
#include <QDir>

namespace pepin::cli {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::Cli)
};

QString optionHelp(const QList<QCommandLineOption> &options)
{
    QStringList names;
    qsizetype width = 0;
    for (const QCommandLineOption &option : options) {
        QString name = QStringLiteral("--") + option.names().constLast();
        if (option.names().size() > 1)
            name = QStringLiteral("-") + option.names().constFirst() + QStringLiteral(", ") + name;
        if (!option.valueName().isEmpty())
            name += QLatin1Char(' ') + option.valueName();
        names << name;
        width = std::max(width, name.size());
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i)
        text += QStringLiteral("  %1  %2\n").arg(names[i].leftJustified(width), options[i].description());
    return text;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"),
                           Strings::tr("The database file (default: %1), or a PostgreSQL server's database: "
                                       "postgresql://user@host:port/dbname (the password from ~/.pgpass, or asked for).")
                               .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                           QStringLiteral("FILE|ADDRESS")),
        QCommandLineOption(QStringLiteral("today"), Strings::tr("Take this date as today."), QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("lang"), Strings::tr("Language of messages and formats: fr or en."), QStringLiteral("LANG")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Strings::tr("Show this help.")),
        QCommandLineOption(QStringLiteral("version"), Strings::tr("Show the version.")),
    };
}

QString mainHelp(const Commands &commands)
{
    QString text = Strings::tr("Usage: pepin-cli [--db FILE|ADDRESS] [--today YYYY-MM-DD] [--lang fr|en] COMMAND [options]") + QLatin1Char('\n');
    text += Strings::tr("Manage a business incubator's companies, offices and leases from the command line.") + QStringLiteral("\n\n");
    text += Strings::tr("Global options:") + QLatin1Char('\n') + optionHelp(globalOptions()) + QLatin1Char('\n');
    text += Strings::tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->summary());
    text += QLatin1Char('\n') + Strings::tr("Exit codes: 0 done, 1 bad usage, 2 invalid input (nothing written), 3 database cannot be used.")
        + QLatin1Char('\n') + Strings::tr("'pepin-cli COMMAND --help' describes a command.") + QLatin1Char('\n');
    return text;
}

QString commandHelp(const Command &command)
{
    QString usage = Strings::tr("Usage: pepin-cli [global options] %1").arg(command.name());
    if (!command.synopsis().isEmpty())
        usage += QLatin1Char(' ') + command.synopsis();
    QList<QCommandLineOption> options = command.options();
    options << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Strings::tr("Show this help."));
    return usage + QStringLiteral("\n") + command.summary() + QStringLiteral("\n\n") + Strings::tr("Options:") + QLatin1Char('\n')
        + optionHelp(options);
}

// The value of a global option at args[i] ("--db FILE" or "--db=FILE"); advances i.
std::optional<QString> takeValue(const QStringList &args, qsizetype &i, const QString &name)
{
    const QString arg = args[i];
    const QString withEquals = QStringLiteral("--%1=").arg(name);
    if (arg.startsWith(withEquals))
        return arg.mid(withEquals.size());
    if (i + 1 < args.size())
        return args[++i];
    return std::nullopt;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString databasePath = defaultDatabasePath();
    QString language;
    QString todayText;
    qsizetype i = 0;
    auto usageError = [&err](const QString &message) {
        err << QStringLiteral("pepin-cli: ") << message << Qt::endl << Strings::tr("Try 'pepin-cli --help'.") << Qt::endl;
        return int(ExitUsage);
    };

    // The language first, so that even a usage error among the global options is in it.
    for (qsizetype j = 0; j < arguments.size(); ++j) {
        if (arguments[j] == QLatin1String("--lang") && j + 1 < arguments.size()
            && (arguments[j + 1] == QLatin1String("fr") || arguments[j + 1] == QLatin1String("en")))
            applyLanguage(*QCoreApplication::instance(), arguments[j + 1]);
        else if (arguments[j].startsWith(QLatin1String("--lang=")))
            applyLanguage(*QCoreApplication::instance(), arguments[j].mid(7));
    }

    // The global options come before the command.
    for (; i < arguments.size(); ++i) {
        const QString arg = arguments[i];
        if (!arg.startsWith(QLatin1Char('-')))
            break;
        std::optional<QString> value;
        if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (!(value = takeValue(arguments, i, QStringLiteral("db"))))
                return usageError(Strings::tr("--db needs a file name or a server address."));
            databasePath = *value;
        } else if (arg == QLatin1String("--today") || arg.startsWith(QLatin1String("--today="))) {
            if (!(value = takeValue(arguments, i, QStringLiteral("today"))))
                return usageError(Strings::tr("--today needs a date."));
            todayText = *value;
        } else if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            if (!(value = takeValue(arguments, i, QStringLiteral("lang"))))
                return usageError(Strings::tr("--lang needs fr or en."));
            language = *value;
            if (language != QLatin1String("fr") && language != QLatin1String("en"))
                return usageError(Strings::tr("--lang takes fr or en, not '%1'.").arg(language));
        } else if (arg == QLatin1String("--version")) {
            out << QStringLiteral("pepin-cli %1\n").arg(QStringLiteral(PEPIN_VERSION));
            return ExitOk;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            applyLanguage(*QCoreApplication::instance(), language);
            out << mainHelp(allCommands());
            return ExitOk;
        } else {
            return usageError(Strings::tr("Unknown option %1.").arg(arg));
        }
    }
    applyLanguage(*QCoreApplication::instance(), language);
    // Built once the language is chosen: their summaries are translated.
    const Commands commands = allCommands();

    Clock clock = Clock::system();
    if (!todayText.isEmpty()) {
        const std::optional<QDate> today = parseDate(todayText);
        if (!today)
            return usageError(Strings::tr("--today: '%1' is not a date (%2).").arg(todayText, dateFormatsHint()));
        clock = Clock::fixed(*today);
    }

    if (i >= arguments.size()) {
        err << mainHelp(commands);
        return ExitUsage;
    }

    // A command is named by one word, or two ("add office").
    const Command *command = nullptr;
    qsizetype words = 0;
    for (const auto &candidate : commands) {
        const QStringList name = candidate->name().split(QLatin1Char(' '));
        if (arguments.mid(i, name.size()) == name && name.size() > words) {
            command = candidate.get();
            words = name.size();
        }
    }
    if (!command) {
        QStringList near;
        for (const auto &candidate : commands) {
            if (candidate->name().startsWith(arguments[i]))
                near << candidate->name();
        }
        if (!near.isEmpty())
            return usageError(Strings::tr("'%1' needs one of: %2.").arg(arguments[i], near.join(QStringLiteral(", "))));
        return usageError(Strings::tr("Unknown command '%1'.").arg(arguments[i]));
    }

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(command->options());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOption(help);
    QStringList commandArguments{QStringLiteral("pepin-cli")};
    commandArguments << arguments.mid(i + words);
    if (!parser.parse(commandArguments))
        return usageError(QStringLiteral("%1: %2").arg(command->name(), parser.errorText()));
    if (parser.isSet(help)) {
        out << commandHelp(*command);
        return ExitOk;
    }

    Context context(out, err, databasePath, clock);
    const int code = command->run(context, parser);
    out.flush();
    err.flush();
    return code;
}

} // namespace pepin::cli
