// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Context.h"
#include "Table.h"
#include "FigureOptions.h"

#include "figures/RentRoll.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace pepin::cli {

namespace {

using Kind = Table::Kind;

// `pepin-cli rent-roll`: what the leases bring in over a month or a range of months, lease by
// lease, with the charges and the vacancy cost (the reference rent of the free space), as
// figures/RentRoll.h defines them.
class RentRollCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pepin::cli::RentRollCommand)

public:
    QString name() const override { return QStringLiteral("rent-roll"); }
    QString summary() const override { return tr("Rent roll of a month or of a range of months: rent, charges and vacancy cost."); }
    QString synopsis() const override
    {
        return QStringLiteral("[--month YYYY-MM | --from DATE --to DATE] [--site NAME] [--format text|csv|json]");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("month"), tr("The calendar month (default: this month)."), QStringLiteral("YYYY-MM")),
            QCommandLineOption(QStringLiteral("from"), tr("First day of a range, cut into calendar months."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), tr("Last day of the range."), QStringLiteral("DATE")),
            FigureOptions::siteOption(),
            FigureOptions::formatOption(),
        };
    }

    int run(Context &context, const QCommandLineParser &parser) const override;
};

const QString monthOption = QStringLiteral("month");

// What the lines name: companies, offices and their sites.
struct Names
{
    QHash<Id, QString> companies;
    QHash<Id, Office> offices;
    QHash<Id, QString> sites;

    QString site(Id officeId) const { return sites.value(offices.value(officeId).siteId); }
    QString office(Id officeId) const { return offices.value(officeId).code; }
};

// "2026-11" or "11/2026": the first day of that month.
std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{4})$"));
    const QString trimmed = text.trimmed();
    QDate first;
    if (const QRegularExpressionMatch match = iso.match(trimmed); match.hasMatch())
        first = QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    else if (const QRegularExpressionMatch match = french.match(trimmed); match.hasMatch())
        first = QDate(match.captured(2).toInt(), match.captured(1).toInt(), 1);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

double euros(Cents cents)
{
    return double(cents) / 100.0;
}

bool isWholeMonth(QDate start, QDate end)
{
    return start.day() == 1 && end == start.addMonths(1).addDays(-1);
}

// "November 2026" for a whole month, "15/01/2026 – 31/01/2026" for part of one.
QString periodName(const Format &people, const RentRollPeriod &period)
{
    if (isWholeMonth(period.start, period.end))
        return people.locale().toString(period.start, QStringLiteral("MMMM yyyy"));
    return QStringLiteral("%1 – %2").arg(people.date(period.start), people.date(period.end));
}

QJsonObject json(const RentRollLine &line, const Names &names)
{
    return QJsonObject{{QStringLiteral("lease_id"), line.leaseId},
                       {QStringLiteral("company"), names.companies.value(line.companyId)},
                       {QStringLiteral("site"), names.site(line.officeId)},
                       {QStringLiteral("office"), names.office(line.officeId)},
                       {QStringLiteral("type"), code(line.type)},
                       {QStringLiteral("days"), line.days},
                       {QStringLiteral("rent"), euros(line.rentCents)},
                       {QStringLiteral("charges"), euros(line.chargesCents)}};
}

QJsonObject json(const VacancyLine &line, const Names &names)
{
    return QJsonObject{{QStringLiteral("site"), names.site(line.officeId)},
                       {QStringLiteral("office"), names.office(line.officeId)},
                       {QStringLiteral("free_office_days"), line.freeOfficeDays},
                       {QStringLiteral("vacancy_cost"), euros(line.costCents)}};
}

void addTotals(QJsonObject &object, const RentRollPeriod &period)
{
    object.insert(QStringLiteral("rent"), euros(period.rentCents));
    object.insert(QStringLiteral("charges"), euros(period.chargesCents));
    object.insert(QStringLiteral("vacancy_cost"), euros(period.vacancyCents));
}

QString printJson(const DateRange &range, const QString &siteName, const QList<RentRollPeriod> &months,
                  const RentRollPeriod &whole, const Names &names)
{
    QJsonArray monthArray;
    for (const RentRollPeriod &month : months) {
        QJsonArray leases;
        for (const RentRollLine &line : month.leases)
            leases.append(json(line, names));
        QJsonArray vacancies;
        for (const VacancyLine &line : month.vacancies)
            vacancies.append(json(line, names));
        QJsonObject object{{QStringLiteral("start"), isoDate(month.start)},
                           {QStringLiteral("end"), isoDate(month.end)},
                           {QStringLiteral("days"), DateRange{month.start, month.end}.days()},
                           {QStringLiteral("leases"), leases},
                           {QStringLiteral("vacancies"), vacancies}};
        addTotals(object, month);
        monthArray.append(object);
    }
    QJsonObject object{{QStringLiteral("from"), isoDate(range.start)},
                       {QStringLiteral("to"), isoDate(range.end)},
                       {QStringLiteral("site"), siteName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(siteName)},
                       {QStringLiteral("months"), monthArray}};
    addTotals(object, whole);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// One row per lease, per office with free space and per total, month by month: `row` says which.
QString printCsv(const QList<RentRollPeriod> &months, const Names &names)
{
    Table table({{QStringLiteral("start"), QString(), Kind::Date},
                 {QStringLiteral("end"), QString(), Kind::Date},
                 {QStringLiteral("row"), QString(), Kind::Code},
                 {QStringLiteral("lease_id"), QString(), Kind::Integer},
                 {QStringLiteral("company"), QString(), Kind::Text},
                 {QStringLiteral("site"), QString(), Kind::Text},
                 {QStringLiteral("office"), QString(), Kind::Text},
                 {QStringLiteral("type"), QString(), Kind::Code},
                 {QStringLiteral("days"), QString(), Kind::Integer},
                 {QStringLiteral("free_office_days"), QString(), Kind::Decimal},
                 {QStringLiteral("rent"), QString(), Kind::Money},
                 {QStringLiteral("charges"), QString(), Kind::Money},
                 {QStringLiteral("vacancy_cost"), QString(), Kind::Money}});
    for (const RentRollPeriod &month : months) {
        const Table::Cell start = Table::date(month.start);
        const Table::Cell end = Table::date(month.end);
        for (const RentRollLine &line : month.leases) {
            table.addRow({start, end, Table::text(QStringLiteral("lease")), Table::integer(line.leaseId),
                          Table::text(names.companies.value(line.companyId)), Table::text(names.site(line.officeId)),
                          Table::text(names.office(line.officeId)), Table::text(code(line.type)), Table::integer(line.days),
                          Table::none(), Table::money(line.rentCents), Table::money(line.chargesCents), Table::none()});
        }
        for (const VacancyLine &line : month.vacancies) {
            table.addRow({start, end, Table::text(QStringLiteral("vacancy")), Table::none(), Table::none(),
                          Table::text(names.site(line.officeId)), Table::text(names.office(line.officeId)), Table::none(),
                          Table::none(), Table::decimal(line.freeOfficeDays), Table::none(), Table::none(),
                          Table::money(line.costCents)});
        }
        table.addRow({start, end, Table::text(QStringLiteral("total")), Table::none(), Table::none(), Table::none(), Table::none(),
                      Table::none(), Table::integer(DateRange{month.start, month.end}.days()), Table::none(),
                      Table::money(month.rentCents), Table::money(month.chargesCents), Table::money(month.vacancyCents)});
    }
    return table.toCsv();
}

QString printText(const Format &people, const QString &title, const QList<RentRollPeriod> &months, const RentRollPeriod &whole,
                  const Names &names)
{
    QString text = title + QLatin1Char('\n')
        + RentRollCommand::tr("A month's rent is spread evenly over its days; each lease's month is rounded to the cent.")
        + QStringLiteral("\n\n");

    QSet<QString> sites;
    for (const RentRollLine &line : whole.leases)
        sites.insert(names.site(line.officeId));
    const bool withSite = sites.size() > 1;

    if (whole.leases.isEmpty()) {
        text += RentRollCommand::tr("No lease is in force over the period.") + QLatin1Char('\n');
    } else {
        QList<Table::Column> columns{{QStringLiteral("company"), RentRollCommand::tr("Company"), Kind::Text}};
        if (withSite)
            columns << Table::Column{QStringLiteral("site"), RentRollCommand::tr("Site"), Kind::Text};
        columns << Table::Column{QStringLiteral("office"), RentRollCommand::tr("Office"), Kind::Text}
                << Table::Column{QStringLiteral("type"), RentRollCommand::tr("Type"), Kind::Code}
                << Table::Column{QStringLiteral("days"), RentRollCommand::tr("Days"), Kind::Integer}
                << Table::Column{QStringLiteral("rent"), RentRollCommand::tr("Rent"), Kind::Money}
                << Table::Column{QStringLiteral("charges"), RentRollCommand::tr("Charges"), Kind::Money};
        Table leases(columns);
        for (const RentRollLine &line : whole.leases) {
            QList<Table::Cell> cells{Table::text(names.companies.value(line.companyId))};
            if (withSite)
                cells << Table::text(names.site(line.officeId));
            cells << Table::text(names.office(line.officeId)) << Table::code(std::optional(line.type)) << Table::integer(line.days)
                  << Table::money(line.rentCents) << Table::money(line.chargesCents);
            leases.addRow(cells);
        }
        text += leases.toText(people);
    }

    if (!whole.vacancies.isEmpty()) {
        Table free({{QStringLiteral("office"), RentRollCommand::tr("Free office"), Kind::Text},
                    {QStringLiteral("free_office_days"), RentRollCommand::tr("Free office-days"), Kind::Decimal},
                    {QStringLiteral("vacancy_cost"), RentRollCommand::tr("Vacancy cost"), Kind::Money}});
        for (const VacancyLine &line : whole.vacancies) {
            const QString office = withSite ? QStringLiteral("%1 (%2)").arg(names.office(line.officeId), names.site(line.officeId))
                                            : names.office(line.officeId);
            free.addRow({Table::text(office), Table::decimal(line.freeOfficeDays), Table::money(line.costCents)});
        }
        text += QLatin1Char('\n') + free.toText(people);
    }

    if (months.size() > 1) {
        Table byMonth({{QStringLiteral("month"), RentRollCommand::tr("Month"), Kind::Text},
                       {QStringLiteral("rent"), RentRollCommand::tr("Rent"), Kind::Money},
                       {QStringLiteral("charges"), RentRollCommand::tr("Charges"), Kind::Money},
                       {QStringLiteral("vacancy_cost"), RentRollCommand::tr("Vacancy cost"), Kind::Money}});
        for (const RentRollPeriod &month : months) {
            byMonth.addRow({Table::text(periodName(people, month)), Table::money(month.rentCents), Table::money(month.chargesCents),
                            Table::money(month.vacancyCents)});
        }
        text += QLatin1Char('\n') + byMonth.toText(people);
    }

    const QStringList labels{RentRollCommand::tr("Rent"), RentRollCommand::tr("Charges"),
                             RentRollCommand::tr("Vacancy cost (reference rent of the free space)")};
    const QStringList amounts{people.money(whole.rentCents), people.money(whole.chargesCents), people.money(whole.vacancyCents)};
    qsizetype labelWidth = 0, amountWidth = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        labelWidth = std::max(labelWidth, labels[i].size());
        amountWidth = std::max(amountWidth, amounts[i].size());
    }
    text += QLatin1Char('\n') + RentRollCommand::tr("Total") + QLatin1Char('\n');
    for (qsizetype i = 0; i < labels.size(); ++i)
        text += QStringLiteral("  %1  %2\n").arg(labels[i].leftJustified(labelWidth), amounts[i].rightJustified(amountWidth));
    return text;
}

int RentRollCommand::run(Context &context, const QCommandLineParser &parser) const
{
    const std::optional<OutputFormat> format = context.outputFormat(parser);
    if (!format)
        return ExitUsage;
    const bool month = parser.isSet(monthOption);
    if (month && (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))))
        return context.usage(tr("--month takes one month, --from and --to a range: give one or the other."));

    FigureOptions figures(context, parser);
    if (const int code = figures.readWhen(); code != ExitOk)
        return code;
    DateRange range;
    if (figures.isPeriod()) {
        range = figures.range();
    } else {
        QDate first(context.today().year(), context.today().month(), 1);
        if (month) {
            const QString value = parser.value(monthOption);
            const std::optional<QDate> parsed = parseMonth(value);
            if (!parsed)
                return context.invalid({Problem{monthOption, tr("'%1' is not a month: write YYYY-MM, such as 2026-11.").arg(value)}});
            first = *parsed;
        }
        range = DateRange{first, first.addDays(first.daysInMonth() - 1)};
    }

    Store *store = context.store();
    if (!store)
        return context.failureCode();
    if (const int code = figures.readScope(*store); code != ExitOk)
        return code;

    Names names;
    for (const Company &company : store->companies())
        names.companies.insert(company.id, company.name);
    for (const Site &site : store->sites())
        names.sites.insert(site.id, site.name);
    const QList<Office> offices = store->offices();
    for (const Office &office : offices)
        names.offices.insert(office.id, office);
    const QList<Lease> leases = store->leases();

    const QList<RentRollPeriod> months = rentRollByMonth(offices, leases, range.start, range.end, figures.filter());
    const RentRollPeriod whole = rentRollOver(offices, leases, range.start, range.end, figures.filter());
    const QString siteName = figures.filter().siteId ? names.sites.value(*figures.filter().siteId) : QString();

    switch (*format) {
    case OutputFormat::Json:
        context.out() << printJson(range, siteName, months, whole, names);
        break;
    case OutputFormat::Csv:
        context.out() << printCsv(months, names);
        break;
    case OutputFormat::Text: {
        const Format people = context.format();
        const QString when = isWholeMonth(range.start, range.end)
            ? tr("Rent roll for %1").arg(people.locale().toString(range.start, QStringLiteral("MMMM yyyy")))
            : tr("Rent roll from %1 to %2, by month").arg(people.date(range.start), people.date(range.end));
        context.out() << printText(people, when + QStringLiteral(", ") + figures.scopePhrase(), months, whole, names);
        break;
    }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

void addRentRollCommands(Commands &commands)
{
    commands.push_back(std::make_unique<RentRollCommand>());
}

} // namespace pepin::cli
