// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"
#include "FigureOptions.h"

#include "figures/Occupancy.h"
#include "figures/OccupancyExplanation.h"
#include "figures/Portfolio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

// `pepin-cli occupancy`: the occupancy figures of DESIGN.md §3 on one day, or over a period,
// whole or cut into calendar days, months, quarters or years; on one day, explained office by
// office on demand.
class OccupancyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::OccupancyCommand)

public:
    QString name() const override { return QStringLiteral("occupancy"); }
    QString summary() const override { return tr("Occupancy of offices, area and workstations on a day or over a period."); }
    QString synopsis() const override
    {
        return QStringLiteral("[--at DATE [--explain] | --from DATE --to DATE [--step day|month|quarter|year]] [--site NAME] "
                              "[--floor FLOOR] [--sector NAME] [--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            FigureOptions::atOption(),
            FigureOptions::fromOption(),
            FigureOptions::toOption(),
            FigureOptions::stepOption(),
            FigureOptions::siteOption(),
            FigureOptions::floorOption(),
            FigureOptions::sectorOption(),
            QCommandLineOption(explainOption, tr("List, office by office, what the figures of the day count and why.")),
            FigureOptions::formatOption(),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;

private:
    static inline const QString explainOption = QStringLiteral("explain");

    // `note` follows the title in text: what a sector filter means, or nothing.
    static void printSnapshot(Context &context, OutputFormat format, const OccupancySnapshot &snapshot, const QString &scope,
                              const QString &note);
    static void printSeries(Context &context, OutputFormat format, const DateRange &range, std::optional<PeriodStep> step,
                            const QList<OccupancyPeriod> &periods, const QString &scope, const QString &note);
    static void printExplanation(Context &context, OutputFormat format, const OccupancyExplanation &explanation,
                                 const QString &scope, const QString &sectorName);
};

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

QJsonValue jsonDate(QDate day)
{
    return day.isValid() ? QJsonValue(isoDate(day)) : QJsonValue(QJsonValue::Null);
}

QJsonObject snapshotJson(const OccupancySnapshot &snapshot)
{
    QJsonObject object{{QStringLiteral("date"), isoDate(snapshot.date)}};
    addMeasures(object, snapshot.offices, snapshot.area, snapshot.workstations);
    return object;
}

// The sector filter changes what "occupied" means: say so under the title.
QString sectorNote(const QString &sectorName)
{
    if (sectorName.isEmpty())
        return QString();
    return OccupancyCommand::tr("Occupied: by companies of sector %1 only. In service: every office, whoever occupies it.")
               .arg(sectorName)
        + QLatin1Char('\n');
}

int OccupancyCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;

    FigureOptions figures(context, parser);
    if (const int code = figures.readWhen(); code != ExitOk)
        return code;
    const bool explain = parser.isSet(explainOption);
    if (explain && figures.isPeriod())
        return context.usage(tr("--explain explains one day: give --at (or nothing, for today), not --from and --to."));

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    if (const int code = figures.readScope(*store); code != ExitOk)
        return code;

    if (explain) {
        const OccupancyExplanation explanation = explainOccupancy(figures.day(), Portfolio::load(*store), figures.filter());
        printExplanation(context, *format, explanation, figures.scopePhrase(), figures.sectorName());
        return ExitOk;
    }
    const Occupancy occupancy = Occupancy::load(*store, figures.filter());
    if (figures.isPeriod())
        printSeries(context, *format, figures.range(), figures.step(), occupancy.over(figures.periods()), figures.scopePhrase(),
                    sectorNote(figures.sectorName()));
    else
        printSnapshot(context, *format, occupancy.on(figures.day()), figures.scopePhrase(), sectorNote(figures.sectorName()));
    return ExitOk;
}

void OccupancyCommand::printSnapshot(Context &context, OutputFormat format, const OccupancySnapshot &snapshot,
                                     const QString &scope, const QString &note)
{
    switch (format) {
    case OutputFormat::Json:
        context.out() << QString::fromUtf8(QJsonDocument(snapshotJson(snapshot)).toJson(QJsonDocument::Indented));
        break;
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
        context.out() << tr("Occupancy on %1, %2").arg(people.date(snapshot.date), scope) << QStringLiteral("\n") << note
                      << QStringLiteral("\n")
                      << Table::alignedText({QString(), tr("Occupied"), tr("In service"), tr("Rate")},
                                     {row(tr("Offices"), snapshot.offices, false), row(tr("Area"), snapshot.area, true),
                                      row(tr("Workstations"), snapshot.workstations, false)},
                                     1);
        break;
    }
    }
    context.out().flush();
}

void OccupancyCommand::printSeries(Context &context, OutputFormat format, const DateRange &range, std::optional<PeriodStep> step,
                                   const QList<OccupancyPeriod> &periods, const QString &scope, const QString &note)
{
    const QDate today = context.today();
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const OccupancyPeriod &period : periods) {
            QJsonObject object{{QStringLiteral("start"), isoDate(period.start)}, {QStringLiteral("end"), isoDate(period.end)}};
            addMeasures(object, period.offices, period.area, period.workstations);
            // Periods starting after today are forecasts from the leases already signed.
            object.insert(QStringLiteral("forecast"), period.isForecast(today));
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
                    + csvMeasureColumns() + QList<Table::Column>{{QStringLiteral("forecast"), QString(), Kind::Boolean}});
        for (const OccupancyPeriod &period : periods) {
            table.addRow(QList<Table::Cell>{Table::date(period.start), Table::date(period.end)}
                         + csvMeasureCells(period.offices, period.area, period.workstations)
                         + QList<Table::Cell>{Table::flag(period.isForecast(today))});
        }
        context.out() << table.toCsv();
        break;
    }
    case OutputFormat::Text: {
        const Format people = context.format();
        QString title = tr("Occupancy from %1 to %2").arg(people.date(range.start), people.date(range.end));
        if (step)
            title += QLatin1Char(' ') + stepPhrase(*step);
        title += QStringLiteral(", ") + scope;
        QList<QStringList> rows;
        bool anyForecast = false;
        for (const OccupancyPeriod &period : periods) {
            const bool forecast = period.isForecast(today);
            anyForecast = anyForecast || forecast;
            rows << QStringList{people.date(period.start), people.date(period.end) + (forecast ? QStringLiteral(" *") : QString()),
                                fraction(people, period.offices), people.percent(period.offices.rate),
                                fraction(people, period.area), people.percent(period.area.rate),
                                fraction(people, period.workstations), people.percent(period.workstations.rate)};
        }
        context.out() << title << QStringLiteral("\n") << note
                      << tr("Occupied / in service, on average per day; rates are the ratios of the day sums.")
                      << QStringLiteral("\n\n")
                      << Table::alignedText({tr("Start"), tr("End"), tr("Offices"), tr("Rate"), tr("Area (m²)"), tr("Rate"),
                                      tr("Workstations"), tr("Rate")},
                                     rows, 2);
        if (anyForecast)
            context.out() << QStringLiteral("\n")
                          << tr("* Forecast: the period starts after today (%1); its figures come from the leases already signed.")
                                 .arg(people.date(today))
                          << QStringLiteral("\n");
        break;
    }
    }
    context.out().flush();
}

// "available from 01/03/2027 until 31/12/2030", "always available".
QString availability(const Format &people, QDate from, QDate until)
{
    if (from.isValid() && until.isValid())
        return OccupancyCommand::tr("available from %1 until %2").arg(people.date(from), people.date(until));
    if (from.isValid())
        return OccupancyCommand::tr("available from %1").arg(people.date(from));
    if (until.isValid())
        return OccupancyCommand::tr("available until %1").arg(people.date(until));
    return OccupancyCommand::tr("always available");
}

QJsonObject explanationJson(const OccupancyExplanation &explanation)
{
    QJsonArray offices;
    for (const OfficeExplanation &office : explanation.offices) {
        QJsonArray leases;
        for (const LeaseExplanation &lease : office.leases) {
            leases.append(QJsonObject{{QStringLiteral("id"), lease.leaseId},
                                      {QStringLiteral("company"), lease.company},
                                      {QStringLiteral("type"), code(lease.type)},
                                      {QStringLiteral("start"), isoDate(lease.start)},
                                      {QStringLiteral("last_day"), jsonDate(lease.lastDay)},
                                      {QStringLiteral("workstations"), lease.workstations},
                                      {QStringLiteral("counted"), lease.counted},
                                      {QStringLiteral("occupied_workstations"), lease.occupiedWorkstations},
                                      {QStringLiteral("occupied_area_m2"), lease.occupiedAreaM2}});
        }
        offices.append(QJsonObject{{QStringLiteral("site"), office.site},
                                   {QStringLiteral("code"), office.code},
                                   {QStringLiteral("floor"), office.floor},
                                   {QStringLiteral("kind"), code(office.kind)},
                                   {QStringLiteral("available_from"), jsonDate(office.availableFrom)},
                                   {QStringLiteral("available_until"), jsonDate(office.availableUntil)},
                                   {QStringLiteral("in_service"), office.inService},
                                   {QStringLiteral("occupied"), office.occupied},
                                   {QStringLiteral("leases"), leases},
                                   {QStringLiteral("occupied_workstations"), office.occupiedWorkstations},
                                   {QStringLiteral("workstations"), office.workstations},
                                   {QStringLiteral("area_m2"), office.areaM2},
                                   {QStringLiteral("occupied_area_m2"), office.occupiedAreaM2}});
    }
    return QJsonObject{{QStringLiteral("date"), isoDate(explanation.date)},
                       {QStringLiteral("offices"), offices},
                       {QStringLiteral("totals"), snapshotJson(explanation.totals)}};
}

void OccupancyCommand::printExplanation(Context &context, OutputFormat format, const OccupancyExplanation &explanation,
                                        const QString &scope, const QString &sectorName)
{
    switch (format) {
    case OutputFormat::Json:
        context.out() << QString::fromUtf8(QJsonDocument(explanationJson(explanation)).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv: {
        // One row per office, so that a spreadsheet's sums of a column give the totals; the
        // leases that count are named in the last two columns.
        Table table({{QStringLiteral("site"), QString(), Kind::Text},
                     {QStringLiteral("code"), QString(), Kind::Text},
                     {QStringLiteral("floor"), QString(), Kind::Text},
                     {QStringLiteral("kind"), QString(), Kind::Code},
                     {QStringLiteral("available_from"), QString(), Kind::Date},
                     {QStringLiteral("available_until"), QString(), Kind::Date},
                     {QStringLiteral("in_service"), QString(), Kind::Boolean},
                     {QStringLiteral("occupied"), QString(), Kind::Boolean},
                     {QStringLiteral("occupied_workstations"), QString(), Kind::Integer},
                     {QStringLiteral("workstations"), QString(), Kind::Integer},
                     {QStringLiteral("area_m2"), QString(), Kind::Decimal},
                     {QStringLiteral("occupied_area_m2"), QString(), Kind::Decimal},
                     {QStringLiteral("lease_ids"), QString(), Kind::Text},
                     {QStringLiteral("companies"), QString(), Kind::Text}});
        for (const OfficeExplanation &office : explanation.offices) {
            QStringList ids, companies;
            for (const LeaseExplanation &lease : office.leases) {
                if (!lease.counted || !office.inService)
                    continue;
                ids << QString::number(lease.leaseId);
                companies << lease.company;
            }
            table.addRow({Table::text(office.site), Table::text(office.code), Table::text(office.floor),
                          Table::code(std::optional(office.kind)), Table::date(office.availableFrom),
                          Table::date(office.availableUntil), Table::flag(office.inService), Table::flag(office.occupied),
                          Table::integer(office.occupiedWorkstations), Table::integer(office.workstations),
                          Table::decimal(office.areaM2), Table::decimal(office.occupiedAreaM2),
                          Table::text(ids.join(QLatin1Char(' '))), Table::text(companies.join(QStringLiteral(", ")))});
        }
        context.out() << table.toCsv();
        break;
    }
    case OutputFormat::Text: {
        const Format people = context.format();
        QString text = tr("Occupancy on %1, %2, office by office").arg(people.date(explanation.date), scope) + QLatin1Char('\n')
            + sectorNote(sectorName) + QLatin1Char('\n');
        const QString indent(4, QLatin1Char(' '));
        for (const OfficeExplanation &office : explanation.offices) {
            QStringList where{office.site};
            if (!office.floor.isEmpty())
                where << tr("floor %1").arg(office.floor);
            where << label(office.kind);
            const QString service = office.inService ? tr("in service") : tr("not in service");
            text += QStringLiteral("%1 (%2): %3, %4\n")
                        .arg(office.code, where.join(QStringLiteral(", ")), service,
                             availability(people, office.availableFrom, office.availableUntil));
            for (const LeaseExplanation &lease : office.leases) {
                const QString period = lease.lastDay.isValid()
                    ? tr("%1 to %2").arg(people.date(lease.start), people.date(lease.lastDay))
                    : tr("from %1, open-ended").arg(people.date(lease.start));
                QString line =
                    tr("lease %1, %2, %3").arg(QString::number(lease.leaseId), lease.company, period) + QStringLiteral(": ");
                if (!lease.counted)
                    line += tr("not counted, the company is not of sector %1").arg(sectorName);
                else if (!office.inService)
                    line += tr("not counted, the office is not in service");
                else
                    line += tr("workstations %1, area %2")
                                .arg(people.integer(lease.occupiedWorkstations), people.area(lease.occupiedAreaM2));
                text += indent + line + QLatin1Char('\n');
            }
            if (office.inService) {
                text += indent + tr("occupied: workstations %1 of %2, area %3 of %4")
                                     .arg(people.integer(office.occupiedWorkstations), people.integer(office.workstations),
                                          people.area(office.occupiedAreaM2), people.area(office.areaM2))
                    + QLatin1Char('\n');
            } else {
                text += indent + tr("left out of the figures of the day") + QLatin1Char('\n');
            }
        }
        const OccupancySnapshot &totals = explanation.totals;
        auto row = [&](const QString &label, const Measure &measure, bool isArea) {
            return QStringList{label, isArea ? people.area(measure.occupied) : people.number(measure.occupied),
                               isArea ? people.area(measure.total) : people.number(measure.total), people.percent(measure.rate)};
        };
        text += QLatin1Char('\n') + tr("Totals: the offices in service, added up") + QStringLiteral("\n\n")
            + Table::alignedText({QString(), tr("Occupied"), tr("In service"), tr("Rate")},
                          {row(tr("Offices"), totals.offices, false), row(tr("Area"), totals.area, true),
                           row(tr("Workstations"), totals.workstations, false)},
                          1);
        context.out() << text;
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
