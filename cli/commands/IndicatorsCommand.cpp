// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "FigureOptions.h"
#include "Table.h"

#include "figures/Indicators.h"
#include "util/Parse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

// `pepin-cli indicators`: what funders ask of an incubator over a period (companies hosted,
// entries and exits, length of stay, jobs, survival after leaving), as figures/Indicators.h
// defines them.
class IndicatorsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::IndicatorsCommand)

public:
    QString name() const override { return QStringLiteral("indicators"); }
    QString summary() const override
    {
        return tr("Funders' indicators over a period: companies hosted, entries and exits, length of stay, jobs, survival.");
    }
    QString synopsis() const override { return QStringLiteral("--from DATE --to DATE [--site NAME] [--format text|csv|json]"); }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("from"), tr("First day of the period."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), tr("Last day of the period."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("site"), tr("Only the leases of this site's offices (default: every site)."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("format"), tr("Output as text (default), csv or json."), QStringLiteral("FORMAT")),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;

private:
    static QByteArray json(const Indicators &indicators);
    static QString csv(const Indicators &indicators);
    static QString text(const Format &people, const Indicators &indicators, const QString &siteName);
};

const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
const QString siteOption = QStringLiteral("site");

QJsonValue jsonOptional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonOf(const StayLengths &lengths)
{
    return QJsonObject{{QStringLiteral("count"), lengths.count},
                       {QStringLiteral("average"), jsonOptional(lengths.averageMonths)},
                       {QStringLiteral("median"), jsonOptional(lengths.medianMonths)}};
}

QJsonObject jsonOf(const JobsHosted &jobs)
{
    return QJsonObject{{QStringLiteral("date"), isoDate(jobs.date)},
                       {QStringLiteral("jobs"), jobs.jobs},
                       {QStringLiteral("tenants"), jobs.tenants},
                       {QStringLiteral("unknown"), jobs.unknown}};
}

QJsonObject jsonOf(const Survival &survival)
{
    return QJsonObject{{QStringLiteral("known"), survival.known},
                       {QStringLiteral("active"), survival.active},
                       {QStringLiteral("share"), jsonOptional(survival.share)}};
}

int IndicatorsCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;

    const bool from = parser.isSet(fromOption);
    const bool to = parser.isSet(toOption);
    if (!from && !to)
        return context.usage(tr("indicators needs a period: give --from DATE and --to DATE."));
    if (from != to)
        return context.usage(from ? tr("--from needs --to: the period has two ends.") : tr("--to needs --from: the period has two ends."));

    QList<Problem> problems;
    const DateRange period = FigureOptions(context, parser).period(problems);
    if (!problems.isEmpty())
        return context.invalid(problems);

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    std::optional<Id> siteId;
    QString siteName;
    if (parser.isSet(siteOption)) {
        siteName = parser.value(siteOption);
        const std::optional<Site> site = store->siteByName(siteName);
        if (!site)
            return context.invalid({Problem{siteOption, tr("There is no site named '%1'.").arg(siteName)}});
        siteId = site->id;
        siteName = site->name;
    }

    const Indicators indicators = loadIndicators(*store, period, siteId);
    switch (*format) {
    case OutputFormat::Json:
        context.out() << QString::fromUtf8(json(indicators));
        break;
    case OutputFormat::Csv:
        context.out() << csv(indicators);
        break;
    case OutputFormat::Text:
        context.out() << text(context.format(), indicators, siteName);
        break;
    }
    context.out().flush();
    return ExitOk;
}

QByteArray IndicatorsCommand::json(const Indicators &indicators)
{
    const ExitCounts &exits = indicators.exits;
    const QJsonObject exitsObject{{QStringLiteral("total"), exits.total},
                                  {code(ExitReason::GraduatedLocal), exits.graduatedLocal},
                                  {code(ExitReason::MovedAway), exits.movedAway},
                                  {code(ExitReason::Closed), exits.closed},
                                  {code(ExitReason::Other), exits.other},
                                  {QStringLiteral("unknown"), exits.unknown}};
    const QJsonObject object{
        {QStringLiteral("from"), isoDate(indicators.from)},
        {QStringLiteral("to"), isoDate(indicators.to)},
        {QStringLiteral("companies_hosted"), indicators.companiesHosted},
        {QStringLiteral("entries"), indicators.entries},
        {QStringLiteral("exits"), exitsObject},
        {QStringLiteral("stay_months"),
         QJsonObject{{QStringLiteral("ended"), jsonOf(indicators.endedStays)},
                     {QStringLiteral("ongoing"), jsonOf(indicators.ongoingStays)}}},
        {QStringLiteral("jobs"),
         QJsonObject{{QStringLiteral("start"), jsonOf(indicators.jobsAtStart)}, {QStringLiteral("end"), jsonOf(indicators.jobsAtEnd)}}},
        {QStringLiteral("survival"),
         QJsonObject{{QStringLiteral("three_years"), jsonOf(indicators.threeYears)},
                     {QStringLiteral("five_years"), jsonOf(indicators.fiveYears)}}},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// One row; the columns are the JSON keys, nested ones joined by '_' ("exits_moved_away").
QString IndicatorsCommand::csv(const Indicators &indicators)
{
    QList<Table::Column> columns;
    QList<Table::Cell> cells;
    auto add = [&](const QString &key, Kind kind, const Table::Cell &cell) {
        columns << Table::Column{key, QString(), kind};
        cells << cell;
    };
    auto optional = [](const std::optional<double> &value) { return value ? Table::decimal(*value) : Table::none(); };

    add(QStringLiteral("from"), Kind::Date, Table::date(indicators.from));
    add(QStringLiteral("to"), Kind::Date, Table::date(indicators.to));
    add(QStringLiteral("companies_hosted"), Kind::Integer, Table::integer(indicators.companiesHosted));
    add(QStringLiteral("entries"), Kind::Integer, Table::integer(indicators.entries));
    const ExitCounts &exits = indicators.exits;
    add(QStringLiteral("exits_total"), Kind::Integer, Table::integer(exits.total));
    add(QStringLiteral("exits_") + code(ExitReason::GraduatedLocal), Kind::Integer, Table::integer(exits.graduatedLocal));
    add(QStringLiteral("exits_") + code(ExitReason::MovedAway), Kind::Integer, Table::integer(exits.movedAway));
    add(QStringLiteral("exits_") + code(ExitReason::Closed), Kind::Integer, Table::integer(exits.closed));
    add(QStringLiteral("exits_") + code(ExitReason::Other), Kind::Integer, Table::integer(exits.other));
    add(QStringLiteral("exits_unknown"), Kind::Integer, Table::integer(exits.unknown));
    for (const auto &[key, lengths] : {std::pair{QStringLiteral("ended"), &indicators.endedStays},
                                       std::pair{QStringLiteral("ongoing"), &indicators.ongoingStays}}) {
        const QString prefix = QStringLiteral("stay_months_%1_").arg(key);
        add(prefix + QStringLiteral("count"), Kind::Integer, Table::integer(lengths->count));
        add(prefix + QStringLiteral("average"), Kind::Decimal, optional(lengths->averageMonths));
        add(prefix + QStringLiteral("median"), Kind::Decimal, optional(lengths->medianMonths));
    }
    for (const auto &[key, jobs] : {std::pair{QStringLiteral("start"), &indicators.jobsAtStart},
                                    std::pair{QStringLiteral("end"), &indicators.jobsAtEnd}}) {
        const QString prefix = QStringLiteral("jobs_%1_").arg(key);
        add(prefix + QStringLiteral("date"), Kind::Date, Table::date(jobs->date));
        add(prefix + QStringLiteral("jobs"), Kind::Integer, Table::integer(jobs->jobs));
        add(prefix + QStringLiteral("tenants"), Kind::Integer, Table::integer(jobs->tenants));
        add(prefix + QStringLiteral("unknown"), Kind::Integer, Table::integer(jobs->unknown));
    }
    for (const auto &[key, survival] : {std::pair{QStringLiteral("three_years"), &indicators.threeYears},
                                        std::pair{QStringLiteral("five_years"), &indicators.fiveYears}}) {
        const QString prefix = QStringLiteral("survival_%1_").arg(key);
        add(prefix + QStringLiteral("known"), Kind::Integer, Table::integer(survival->known));
        add(prefix + QStringLiteral("active"), Kind::Integer, Table::integer(survival->active));
        add(prefix + QStringLiteral("share"), Kind::Decimal, optional(survival->share));
    }
    Table table(columns);
    table.addRow(cells);
    return table.toCsv();
}

QString IndicatorsCommand::text(const Format &people, const Indicators &indicators, const QString &siteName)
{
    auto count = [&](qint64 value) { return people.integer(value); };
    // Months with one decimal: a tenth of a month is three days, finer than anyone reads a stay.
    auto months = [&](const std::optional<double> &value) { return value ? people.number(*value, 1) : Format::none(); };

    const QString scope = siteName.isEmpty() ? tr("all sites") : tr("site %1").arg(siteName);
    QString result = tr("Indicators from %1 to %2, %3").arg(people.date(indicators.from), people.date(indicators.to), scope)
        + QStringLiteral("\n\n");

    const ExitCounts &exits = indicators.exits;
    const QString indent = QStringLiteral("  ");
    result += Table::alignedText({QString(), tr("Companies")},
                          {{tr("Hosted during the period"), count(indicators.companiesHosted)},
                           {tr("Entries (stay started)"), count(indicators.entries)},
                           {tr("Exits (stay ended)"), count(exits.total)},
                           {indent + label(ExitReason::GraduatedLocal), count(exits.graduatedLocal)},
                           {indent + label(ExitReason::MovedAway), count(exits.movedAway)},
                           {indent + label(ExitReason::Closed), count(exits.closed)},
                           {indent + label(ExitReason::Other), count(exits.other)},
                           {indent + tr("exit reason not recorded"), count(exits.unknown)}}, 1)
        + QLatin1Char('\n');

    auto stayRow = [&](const QString &title, const StayLengths &lengths) {
        return QStringList{title, count(lengths.count), months(lengths.averageMonths), months(lengths.medianMonths)};
    };
    result += Table::alignedText({tr("Length of stay (months)"), tr("Stays"), tr("Average"), tr("Median")},
                          {stayRow(tr("Ended in the period"), indicators.endedStays),
                           stayRow(tr("Still running, measured to %1").arg(people.date(indicators.to)), indicators.ongoingStays)}, 1)
        + QLatin1Char('\n');

    auto jobsRow = [&](const QString &title, const JobsHosted &jobs) {
        return QStringList{title, people.date(jobs.date), count(jobs.jobs), count(jobs.tenants), count(jobs.unknown)};
    };
    result += Table::alignedText({tr("Jobs hosted"), tr("Date"), tr("Jobs"), tr("Tenants"), tr("Headcount unknown")},
                          {jobsRow(tr("Start of the period"), indicators.jobsAtStart),
                           jobsRow(tr("End of the period"), indicators.jobsAtEnd)}, 1)
        + QLatin1Char('\n');

    auto survivalRow = [&](const QString &title, const Survival &survival) {
        return QStringList{title, count(survival.known), count(survival.active), people.percent(survival.share)};
    };
    result += Table::alignedText({tr("Survival of former tenants"), tr("Reason known"), tr("Still active"), tr("Share")},
                          {survivalRow(tr("3 years or more after exit"), indicators.threeYears),
                           survivalRow(tr("5 years or more after exit"), indicators.fiveYears)}, 1)
        + QLatin1Char('\n');

    result += tr("How these are computed:") + QLatin1Char('\n');
    for (const QString &line : {
             tr("Hosted: companies with a lease active on at least one day of the period; cancelled leases never count."),
             tr("A stay runs from a company's first lease start to its last lease's last day. Entries: stays that start in "
                "the period; exits: stays that end in it, by the exit reason recorded on the company."),
             tr("Months: days of the stay, both ends included, × 12 / 365.25. Stays still running after the period are "
                "measured to its last day and kept apart. The median of an even count is the mean of the two middle stays."),
             tr("Jobs: the last headcount known on or before the day, summed over that day's tenants; tenants with none "
                "add nothing and are counted as unknown."),
             tr("Survival: former tenants whose stay ended at least 3 (or 5) years before the end of the period. Reason "
                "known: an exit reason is recorded; still active: it is not \"%1\". A closure after leaving counts only once "
                "the exit reason is set to it.")
                 .arg(label(ExitReason::Closed)),
         })
        result += QStringLiteral("- ") + line + QLatin1Char('\n');
    if (!siteName.isEmpty())
        result += QStringLiteral("- ") + tr("Only the leases of this site's offices count: a stay is the time spent in this site.")
            + QLatin1Char('\n');
    return result;
}

} // namespace

void addIndicatorCommands(Commands &commands)
{
    commands.push_back(std::make_unique<IndicatorsCommand>());
}

} // namespace pepin::cli
