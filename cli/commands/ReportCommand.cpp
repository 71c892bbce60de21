// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Command.h"
#include "Context.h"
#include "FigureOptions.h"

#include "ReportData.h"
#include "ReportDocument.h"
#include "ReportLanguage.h"

#include "figures/Portfolio.h"
#include "util/Parse.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace pepin::cli {

namespace {

const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
const QString outputOption = QStringLiteral("output");
const QString siteOption = QStringLiteral("site");
const QString langOption = QStringLiteral("lang");

// `pepin-cli report`: the occupancy report of a period as a PDF or an HTML page, written without
// a display (the program runs on Qt's offscreen platform for this command, see app/cli/main.cpp).
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr("The occupancy report of a period, as a PDF or an HTML page, for the board and the funders.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("--from DATE --to DATE -o FILE.pdf|FILE.html [--site NAME] [--lang fr|en]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(fromOption, tr("First day of the period."), QStringLiteral("DATE")),
            QCommandLineOption(toOption, tr("Last day of the period."), QStringLiteral("DATE")),
            QCommandLineOption({QStringLiteral("o"), outputOption}, tr("The file to write: .pdf or .html."), QStringLiteral("FILE")),
            QCommandLineOption(siteOption, tr("Only this site (default: every site)."), QStringLiteral("NAME")),
            QCommandLineOption(langOption, tr("Language of the report: fr or en (default: the program's)."), QStringLiteral("LANG")),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;
};

int ReportCommand::run(Context &context, const QCommandLineParser &parser) const
{
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return context.usage(tr("report needs a period: give --from DATE and --to DATE."));
    if (!parser.isSet(outputOption))
        return context.usage(tr("report needs the file to write: give -o FILE.pdf or -o FILE.html."));
    QString language = ReportLanguage::current();
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (language != QLatin1String("fr") && language != QLatin1String("en"))
            return context.usage(tr("--lang takes fr or en, not '%1'.").arg(language));
    }

    QList<Problem> problems;
    const DateRange period = FigureOptions(context, parser).period(problems);
    const QString output = parser.value(outputOption);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        problems << Problem{outputOption, tr("'%1' must end in .pdf or .html: the name says which report to write.").arg(output)};
    if (!problems.isEmpty())
        return context.invalid(problems);

    // Fonts and drawing need a QGuiApplication; pepin-cli's main makes one for this command.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.usage(tr("report cannot draw in this program: it needs Qt's graphical platform (offscreen will do)."));

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    ReportRequest request;
    request.period = period;
    request.language = language;
    request.produced = context.today();
    const Store::Identity identity = store->identity();
    request.incubatorName = identity.name;
    request.incubatorLogo = identity.logo;
    if (parser.isSet(siteOption)) {
        const QString siteName = parser.value(siteOption);
        const std::optional<Site> site = store->siteByName(siteName);
        if (!site)
            return context.invalid({Problem{siteOption, tr("There is no site named '%1'.").arg(siteName)}});
        request.siteId = site->id;
    }

    const ReportData data = ReportData::compute(Portfolio::load(*store), request);
    QString error;
    if (suffix == QLatin1String("pdf")) {
        const ReportDocument document(data);
        if (!document.writePdf(output, &error))
            return context.invalid({Problem{outputOption, error}});
        context.out() << tr("Wrote %1 (%2 pages).").arg(output, QString::number(document.pageCount())) << Qt::endl;
    } else {
        if (!ReportDocument::writeHtml(data, output, &error))
            return context.invalid({Problem{outputOption, error}});
        context.out() << tr("Wrote %1.").arg(output) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

void addReportCommands(Commands &commands)
{
    commands.push_back(std::make_unique<ReportCommand>());
}

bool needsGuiApplication(const QStringList &arguments)
{
    // The first word after the global options names the command; --db, --today and --lang take
    // a value unless it is given with '='.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!arg.startsWith(QLatin1Char('-')))
            return arg == QLatin1String("report");
        if ((arg == QLatin1String("--db") || arg == QLatin1String("--today") || arg == QLatin1String("--lang")))
            ++i;
    }
    return false;
}

} // namespace pepin::cli
