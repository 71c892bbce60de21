// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "FigureOptions.h"
#include "RecordOptions.h"
#include "Table.h"

#include "figures/Assignment.h"
#include "figures/Portfolio.h"
#include "figures/Stays.h"
#include "util/Format.h"
#include "util/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

const QString areaOption = QStringLiteral("area");
const QString workstationsOption = QStringLiteral("workstations");
const QString fromOption = QStringLiteral("from");
const QString monthsOption = QStringLiteral("months");
const QString toOption = QStringLiteral("to");
const QString siteOption = QStringLiteral("site");
const QString floorOption = QStringLiteral("floor");
const QString kindOption = QStringLiteral("kind");
const QString companyOption = QStringLiteral("company");

// `pepin-cli suggest`: the offices for a company that needs space, best first, with why each
// ranks where it does, and apart those free for only part of the period (figures/Assignment.h).
class SuggestCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::SuggestCommand)

public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString summary() const override { return tr("Offices for a company that needs space, best first, with the reasons."); }
    QString synopsis() const override
    {
        return QStringLiteral("--area M2 --workstations N --from DATE --months N|--to DATE [--site NAME] [--floor F] "
                              "[--kind private|shared] [--company NAME|SIRET] [--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(areaOption, tr("The area needed, in m²."), QStringLiteral("M2")),
            QCommandLineOption(workstationsOption, tr("The workstations needed."), QStringLiteral("N")),
            QCommandLineOption(fromOption, tr("The first day the office is needed."), QStringLiteral("DATE")),
            QCommandLineOption(monthsOption, tr("For how many months."), QStringLiteral("N")),
            QCommandLineOption(toOption, tr("Or until which day, included."), QStringLiteral("DATE")),
            QCommandLineOption(siteOption, tr("The site preferred."), QStringLiteral("NAME")),
            QCommandLineOption(floorOption, tr("The floor preferred."), QStringLiteral("F")),
            QCommandLineOption(kindOption, tr("Only private offices or only shared spaces."), QStringLiteral("KIND")),
            QCommandLineOption(companyOption, tr("Who the office is for (their rent continues their stay's schedule)."),
                               QStringLiteral("NAME|SIRET")),
            FigureOptions::formatOption(),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;
};

// The request's fields are named as the options that set them.
QString optionOf(const QString &field)
{
    if (field == QLatin1String("area_m2"))
        return areaOption;
    return field;
}

QString spaceText(const AssignmentCandidate &candidate, const Format &format)
{
    const QString workstations = candidate.workstations == 1
        ? SuggestCommand::tr("1 workstation")
        : SuggestCommand::tr("%1 workstations").arg(candidate.workstations);
    const QString floor = candidate.office.floor.trimmed().isEmpty()
        ? QString()
        : SuggestCommand::tr(", floor %1").arg(candidate.office.floor.trimmed());
    return SuggestCommand::tr("%1, %2, %3%4")
        .arg(format.area(candidate.areaM2), workstations, label(candidate.office.kind), floor);
}

Table candidatesTable(const AssignmentSuggestion &suggestion)
{
    Table table({{QStringLiteral("rank"), SuggestCommand::tr("Rank"), Kind::Integer},
                 {QStringLiteral("availability"), SuggestCommand::tr("Availability"), Kind::Text},
                 {QStringLiteral("site"), SuggestCommand::tr("Site"), Kind::Text},
                 {QStringLiteral("office"), SuggestCommand::tr("Office"), Kind::Text},
                 {QStringLiteral("floor"), SuggestCommand::tr("Floor"), Kind::Text},
                 {QStringLiteral("kind"), SuggestCommand::tr("Kind"), Kind::Code},
                 {QStringLiteral("area_m2"), SuggestCommand::tr("Area (m²)"), Kind::Decimal},
                 {QStringLiteral("workstations"), SuggestCommand::tr("Workstations"), Kind::Integer},
                 {QStringLiteral("monthly_rent"), SuggestCommand::tr("Monthly rent"), Kind::Money},
                 {QStringLiteral("unlettable_days"), SuggestCommand::tr("Days left unlettable"), Kind::Integer},
                 {QStringLiteral("reasons"), SuggestCommand::tr("Reasons"), Kind::Text}});
    auto add = [&table](const AssignmentCandidate &candidate, int rank, const QString &availability) {
        const Lease &lease = candidate.lease;
        table.addRow({rank ? Table::integer(rank) : Table::none(), Table::text(availability),
                      Table::text(candidate.siteName), Table::text(candidate.office.code),
                      Table::text(candidate.office.floor), Table::code(std::optional(candidate.office.kind)),
                      Table::decimal(candidate.areaM2), Table::integer(candidate.workstations),
                      lease.rentSteps.isEmpty() ? Table::none() : Table::money(lease.rentSteps.first().monthlyRentCents),
                      Table::integer(candidate.unlettableDays), Table::text(candidate.reasons.join(u' '))});
    };
    int rank = 0;
    for (const AssignmentCandidate &candidate : suggestion.free)
        add(candidate, ++rank, QStringLiteral("free"));
    for (const AssignmentCandidate &candidate : suggestion.partlyFree)
        add(candidate, 0, QStringLiteral("partly_free"));
    return table;
}

QJsonObject candidateJson(const AssignmentCandidate &candidate)
{
    QJsonObject object{{QStringLiteral("office_id"), candidate.office.id},
                       {QStringLiteral("site"), candidate.siteName},
                       {QStringLiteral("office"), candidate.office.code},
                       {QStringLiteral("floor"), candidate.office.floor},
                       {QStringLiteral("kind"), code(candidate.office.kind)},
                       {QStringLiteral("area_m2"), candidate.areaM2},
                       {QStringLiteral("workstations"), candidate.workstations},
                       {QStringLiteral("excess"), candidate.excess},
                       {QStringLiteral("unlettable_gaps"), candidate.unlettableGaps},
                       {QStringLiteral("unlettable_days"), candidate.unlettableDays},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(candidate.reasons)}};
    QJsonArray steps;
    for (const RentStep &step : candidate.lease.rentSteps) {
        steps << QJsonObject{{QStringLiteral("from"), isoDate(step.from)},
                             {QStringLiteral("monthly_rent"), double(step.monthlyRentCents) / 100.0}};
    }
    object.insert(QStringLiteral("rent_steps"), steps);
    if (!candidate.freeStretches.isEmpty() || !candidate.problems.isEmpty()) {
        QJsonArray conflicts;
        for (const AssignmentConflict &conflict : candidate.conflicts) {
            conflicts << QJsonObject{{QStringLiteral("lease_id"), conflict.leaseId},
                                     {QStringLiteral("company"), conflict.company},
                                     {QStringLiteral("start"), isoDate(conflict.start)},
                                     {QStringLiteral("last_day"),
                                      conflict.last.isValid() ? QJsonValue(isoDate(conflict.last)) : QJsonValue()},
                                     {QStringLiteral("workstations"), conflict.workstations}};
        }
        QJsonArray free;
        for (const FreeStretch &stretch : candidate.freeStretches)
            free << QJsonObject{{QStringLiteral("from"), isoDate(stretch.first)}, {QStringLiteral("to"), isoDate(stretch.last)}};
        object.insert(QStringLiteral("conflicts"), conflicts);
        object.insert(QStringLiteral("free_periods"), free);
    }
    return object;
}

void printText(QTextStream &out, const AssignmentSuggestion &suggestion, const Format &format)
{
    int rank = 0;
    for (const AssignmentCandidate &candidate : suggestion.free) {
        out << SuggestCommand::tr("%1. %2: %3").arg(++rank).arg(printable(candidate.officeName), spaceText(candidate, format))
            << QStringLiteral("\n");
        for (const QString &reason : candidate.reasons)
            out << QStringLiteral("   - ") << printable(reason) << QStringLiteral("\n");
    }
    if (suggestion.free.isEmpty())
        out << SuggestCommand::tr("No office is free over the whole period.") << QStringLiteral("\n");
    if (suggestion.partlyFree.isEmpty())
        return;
    out << QStringLiteral("\n") << SuggestCommand::tr("Free for only part of the period:") << QStringLiteral("\n");
    for (const AssignmentCandidate &candidate : suggestion.partlyFree) {
        out << SuggestCommand::tr("* %1: %2").arg(printable(candidate.officeName), spaceText(candidate, format)) << QStringLiteral("\n");
        for (const QString &reason : candidate.reasons)
            out << QStringLiteral("   - ") << printable(reason) << QStringLiteral("\n");
    }
}

int SuggestCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;
    if (parser.isSet(monthsOption) == parser.isSet(toOption))
        return context.usage(tr("Say how long the office is needed: --months N or --to DATE, one of them."));
    if (parser.isSet(kindOption)) {
        const QString kind = parser.value(kindOption);
        if (kind != QLatin1String("private") && kind != QLatin1String("shared"))
            return context.usage(tr("--kind takes private or shared, not '%1'.").arg(kind));
    }

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    RecordOptions options(parser, *store);
    options.require({areaOption, workstationsOption, fromOption});

    AssignmentRequest request;
    if (options.isSet(areaOption))
        request.areaM2 = options.decimal(areaOption).value_or(0);
    if (options.isSet(workstationsOption))
        request.workstations = options.integer(workstationsOption).value_or(0);
    if (options.isSet(fromOption))
        request.from = options.date(fromOption).value_or(QDate());
    if (options.isSet(toOption))
        request.last = options.date(toOption).value_or(QDate());
    if (options.isSet(monthsOption)) {
        const std::optional<int> months = options.integer(monthsOption);
        if (months && (*months < 1 || *months > 1200))
            options.problem(monthsOption, tr("The number of months is from 1 to 1200, not %1.").arg(*months));
        else if (months && request.from.isValid())
            request.last = lastDayWithin(request.from, *months);
    }
    if (options.isSet(siteOption)) {
        if (const std::optional<Site> site = options.site(siteOption))
            request.siteId = site->id;
    }
    request.floor = parser.value(floorOption);
    if (parser.isSet(kindOption))
        request.kind = parser.value(kindOption) == QLatin1String("shared") ? AssignmentKind::Shared : AssignmentKind::Private;
    if (options.isSet(companyOption)) {
        if (const std::optional<Company> company = options.company(companyOption))
            request.companyId = company->id;
    }
    if (!options.ok())
        return context.invalid(options.problems());
    QList<Problem> problems = checkAssignmentRequest(request);
    if (!problems.isEmpty()) {
        for (Problem &problem : problems)
            problem.field = optionOf(problem.field);
        return context.invalid(problems);
    }

    const AssignmentSuggestion suggestion = suggestAssignment(Portfolio::load(*store), request);
    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray free;
        for (const AssignmentCandidate &candidate : suggestion.free)
            free << candidateJson(candidate);
        QJsonArray partlyFree;
        for (const AssignmentCandidate &candidate : suggestion.partlyFree)
            partlyFree << candidateJson(candidate);
        const QJsonObject object{{QStringLiteral("from"), isoDate(request.from)},
                                 {QStringLiteral("to"), isoDate(request.last)},
                                 {QStringLiteral("area_m2"), request.areaM2},
                                 {QStringLiteral("workstations"), request.workstations},
                                 {QStringLiteral("free"), free},
                                 {QStringLiteral("partly_free"), partlyFree}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv:
        context.out() << candidatesTable(suggestion).toCsv();
        break;
    case OutputFormat::Text: {
        const Format people = context.format();
        const QString workstations = request.workstations == 1 ? tr("1 workstation")
                                                               : tr("%1 workstations").arg(request.workstations);
        context.out() << tr("Offices for %1 and %2 from %3 to %4, best first:")
                             .arg(people.area(request.areaM2), workstations, people.date(request.from),
                                  people.date(request.last))
                      << QStringLiteral("\n\n");
        printText(context.out(), suggestion, people);
        break;
    }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

void addSuggestCommands(Commands &commands)
{
    commands.push_back(std::make_unique<SuggestCommand>());
}

} // namespace pepin::cli
