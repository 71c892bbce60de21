// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"

#include "figures/Occupancy.h"
#include "util/Parse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

// `pepin-cli occupancy`: the occupancy figures of DESIGN.md §3 on one day, or over a period,
// whole or cut into calendar days, months, quarters or years.
class OccupancyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::OccupancyCommand)

public:
    QString name() const override { return QStringLiteral("occupancy"); }
    QString summary() const override { return tr("Occupancy of offices, area and workstations on a day or over a period."); }
    QString synopsis() const override
    {
        return QStringLiteral("[--at DATE | --from DATE --to DATE [--step day|month|quarter|year]] [--site NAME] "
                              "[--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("at"), tr("The day to measure (default: today)."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("from"), tr("First day of the period to measure."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), tr("Last day of the period to measure."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("step"),
                               tr("Cut the period into calendar periods: day, month, quarter or year (default: the period whole)."),
                               QStringLiteral("STEP")),
            QCommandLineOption(QStringLiteral("site"), tr("Only the offices of this site (default: every site)."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("format"), tr("Output as text (default), csv or json."), QStringLiteral("FORMAT")),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;

private:
    static void printSnapshot(Context &context, OutputFormat format, const OccupancySnapshot &snapshot, const QString &siteName);
    static void printSeries(Context &context, OutputFormat format, const DateRange &range, std::optional<PeriodStep> step,
                            const QList<OccupancyPeriod> &periods, const QString &siteName);
};

const QString atOption = QStringLiteral("at");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
const QString stepOption = QStringLiteral("step");
const QString siteOption = QStringLiteral("site");

QJsonValue jsonRate(const std::optional<double> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

QJsonObject json(const Measure &measure)
{
    return QJsonObject{{QStringLiteral("occupied"), measure.occupied},
                       {QStringLiteral("total"), measure.total},
                       {QStringLiteral("rate"), jsonRate(measure.rate)}};
}

void addMeasures(QJsonObject &object, const Measure &offices, const Measure &area, const Measure &workstations)
{
    object.insert(QStringLiteral("offices"), json(offices));
    object.insert(QStringLiteral("area_m2"), json(area));
    object.insert(QStringLiteral("workstations"), json(workstations));
}

// The CSV columns after the date or the period: occupied, total and rate of each measure.
QList<Table::Column> csvMeasureColumns()
{
    QList<Table::Column> columns;
    for (const char *measure : {"offices", "area_m2", "workstations"}) {
        for (const char *part : {"occupied", "total", "rate"})
            columns << Table::Column{QStringLiteral("%1_%2").arg(QLatin1String(measure), QLatin1String(part)), QString(), Kind::Decimal};
    }
    return columns;
}

QList<Table::Cell> csvMeasureCells(const Measure &offices, const Measure &area, const Measure &workstations)
{
    QList<Table::Cell> cells;
    for (const Measure *measure : {&offices, &area, &workstations}) {
        cells << Table::decimal(measure->occupied) << Table::decimal(measure->total)
              << (measure->rate ? Table::decimal(*measure->rate) : Table::none());
    }
    return cells;
}

// An aligned table for people: the first `leftColumns` columns left-aligned (labels, dates), the
// figures right-aligned so that their digits line up.
QString alignedText(const QStringList &titles, const QList<QStringList> &rows, qsizetype leftColumns)
{
    QList<qsizetype> widths;
    for (const QString &title : titles)
        widths << title.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            text += c < leftColumns ? cells[c].leftJustified(widths[c]) : cells[c].rightJustified(widths[c]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QStringList rules;
    for (qsizetype width : widths)
        rules << QString(width, QLatin1Char('-'));
    QString text = line(titles) + line(rules);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

// "10,5 / 11": a measure's occupied part out of its total, averages per day over a period.
QString fraction(const Format &format, const Measure &measure)
{
    return QStringLiteral("%1 / %2").arg(format.number(measure.occupied), format.number(measure.total));
}

QString stepPhrase(PeriodStep step)
{
    switch (step) {
    case PeriodStep::Day:
        return OccupancyCommand::tr("by day");
    case PeriodStep::Month:
        return OccupancyCommand::tr("by month");
    case PeriodStep::Quarter:
        return OccupancyCommand::tr("by quarter");
    case PeriodStep::Year:
        return OccupancyCommand::tr("by year");
    }
    return QString();
}

QString scope(const QString &siteName)
{
    return siteName.isEmpty() ? OccupancyCommand::tr("all sites") : OccupancyCommand::tr("site %1").arg(siteName);
}

int OccupancyCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;

    const bool at = parser.isSet(atOption);
    const bool from = parser.isSet(fromOption);
    const bool to = parser.isSet(toOption);
    if (at && (from || to))
        return context.usage(tr("--at measures one day, --from and --to a period: give one or the other."));
    if (from != to)
        return context.usage(from ? tr("--from needs --to: the period has two ends.") : tr("--to needs --from: the period has two ends."));
    std::optional<PeriodStep> step;
    if (parser.isSet(stepOption)) {
        if (!from)
            return context.usage(tr("--step cuts a period: give --from and --to with it."));
        const QString value = parser.value(stepOption);
        step = parsePeriodStep(value);
        if (!step)
            return context.usage(tr("--step takes day, month, quarter or year, not '%1'.").arg(value));
    }

    QList<Problem> problems;
    auto date = [&](const QString &option) -> QDate {
        const QString value = parser.value(option);
        const std::optional<QDate> parsed = parseDate(value);
        if (!parsed) {
            problems << Problem{option, tr("'%1' is not a date: %2.").arg(value, dateFormatsHint())};
            return QDate();
        }
        return *parsed;
    };
    const QDate day = at ? date(atOption) : context.today();
    const DateRange range = from ? DateRange{date(fromOption), date(toOption)} : DateRange{};
    if (range.start.isValid() && range.end.isValid() && range.end < range.start) {
        const Format people = context.format();
        problems << Problem{toOption, tr("The period ends (%1) before it starts (%2).")
                                          .arg(people.date(range.end), people.date(range.start))};
    }
    if (!problems.isEmpty())
        return context.invalid(problems);

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    OccupancyFilter filter;
    QString siteName;
    if (parser.isSet(siteOption)) {
        siteName = parser.value(siteOption);
        const std::optional<Site> site = store->siteByName(siteName);
        if (!site)
            return context.invalid({Problem{siteOption, tr("There is no site named '%1'.").arg(siteName)}});
        filter.siteId = site->id;
        siteName = site->name;
    }

    const Occupancy occupancy = Occupancy::load(*store, filter);
    if (from) {
        const QList<DateRange> ranges = step ? calendarPeriods(range.start, range.end, *step) : QList<DateRange>{range};
        printSeries(context, *format, range, step, occupancy.over(ranges), siteName);
    } else {
        printSnapshot(context, *format, occupancy.on(day), siteName);
    }
    return ExitOk;
}

void OccupancyCommand::printSnapshot(Context &context, OutputFormat format, const OccupancySnapshot &snapshot,
                                     const QString &siteName)
{
    switch (format) {
    case OutputFormat::Json: {
        QJsonObject object{{QStringLiteral("date"), isoDate(snapshot.date)}};
        addMeasures(object, snapshot.offices, snapshot.area, snapshot.workstations);
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv: {
        Table table(QList<Table::Column>{{QStringLiteral("date"), QString(), Kind::Date}} + csvMeasureColumns());
        table.addRow(QList<Table::Cell>{Table::date(snapshot.date)}
                     + csvMeasureCells(snapshot.offices, snapshot.area, snapshot.workstations));
        context.out() << table.toCsv();
        break;
    }
    case OutputFormat::Text: {
        const Format people = context.format();
        auto row = [&](const QString &label, const Measure &measure, bool isArea) {
            return QStringList{label, isArea ? people.area(measure.occupied) : people.number(measure.occupied),
                               isArea ? people.area(measure.total) : people.number(measure.total), people.percent(measure.rate)};
        };
        context.out() << tr("Occupancy on %1, %2").arg(people.date(snapshot.date), scope(siteName)) << QStringLiteral("\n\n")
                      << alignedText({QString(), tr("Occupied"), tr("In service"), tr("Rate")},
                                     {row(tr("Offices"), snapshot.offices, false), row(tr("Area"), snapshot.area, true),
                                      row(tr("Workstations"), snapshot.workstations, false)},
                                     1);
        break;
    }
    }
    context.out().flush();
}

void OccupancyCommand::printSeries(Context &context, OutputFormat format, const DateRange &range, std::optional<PeriodStep> step,
                                   const QList<OccupancyPeriod> &periods, const QString &siteName)
{
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const OccupancyPeriod &period : periods) {
            QJsonObject object{{QStringLiteral("start"), isoDate(period.start)}, {QStringLiteral("end"), isoDate(period.end)}};
            addMeasures(object, period.offices, period.area, period.workstations);
            array.append(object);
        }
        // Without --step the period is measured whole: one period, and no step to name.
        const QJsonObject object{{QStringLiteral("from"), isoDate(range.start)},
                                 {QStringLiteral("to"), isoDate(range.end)},
                                 {QStringLiteral("step"), step ? QJsonValue(code(*step)) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("periods"), array}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv: {
        Table table(QList<Table::Column>{{QStringLiteral("start"), QString(), Kind::Date}, {QStringLiteral("end"), QString(), Kind::Date}}
                    + csvMeasureColumns());
        for (const OccupancyPeriod &period : periods) {
            table.addRow(QList<Table::Cell>{Table::date(period.start), Table::date(period.end)}
                         + csvMeasureCells(period.offices, period.area, period.workstations));
        }
        context.out() << table.toCsv();
        break;
    }
    case OutputFormat::Text: {
        const Format people = context.format();
        QString title = tr("Occupancy from %1 to %2").arg(people.date(range.start), people.date(range.end));
        if (step)
            title += QLatin1Char(' ') + stepPhrase(*step);
        title += QStringLiteral(", ") + scope(siteName);
        QList<QStringList> rows;
        for (const OccupancyPeriod &period : periods) {
            rows << QStringList{people.date(period.start), people.date(period.end),
                                fraction(people, period.offices), people.percent(period.offices.rate),
                                fraction(people, period.area), people.percent(period.area.rate),
                                fraction(people, period.workstations), people.percent(period.workstations.rate)};
        }
        context.out() << title << QStringLiteral("\n")
                      << tr("Occupied / in service, on average per day; rates are the ratios of the day sums.")
                      << QStringLiteral("\n\n")
                      << alignedText({tr("Start"), tr("End"), tr("Offices"), tr("Rate"), tr("Area (m²)"), tr("Rate"),
                                      tr("Workstations"), tr("Rate")},
                                     rows, 2);
        break;
    }
    }
    context.out().flush();
}

} // namespace

void addFigureCommands(Commands &commands)
{
    commands.push_back(std::make_unique<OccupancyCommand>());
}

} // namespace pepin::cli
